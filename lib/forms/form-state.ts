import type { FieldErrors } from '@/lib/errors';

/**
 * What every server action hands back to the form that called it: nothing yet, its result when
 * it does not redirect, or why it failed (with the text fields, so a form re-rendered without
 * JavaScript keeps them).
 */
export type FormState<T = void> =
  | { status: 'idle' }
  | { status: 'done'; data: T }
  | { status: 'error'; message: string; fieldErrors: FieldErrors; values: Record<string, string> };

/** A server action as useActionState and `<form action>` call it. */
export type FormAction<T = void> = (state: FormState<T>, formData: FormData) => Promise<FormState<T>>;

export const idleFormState: { status: 'idle' } = { status: 'idle' };

const secretFields = new Set(['password', 'currentPassword', 'website']);

/** The submitted text fields, minus secrets, so a form re-rendered without JavaScript keeps them. */
export function echoValues(formData: FormData): Record<string, string> {
  const values: Record<string, string> = {};
  for (const [key, value] of formData.entries()) {
    if (typeof value === 'string' && !key.startsWith('$') && !secretFields.has(key)) values[key] = value;
  }
  return values;
}

export function formDataObject(formData: FormData): Record<string, string> {
  const values: Record<string, string> = {};
  for (const [key, value] of formData.entries()) {
    if (typeof value === 'string' && !key.startsWith('$')) values[key] = value;
  }
  return values;
}
