import { randomUUID } from 'node:crypto';
import { type FieldErrors, isAppError } from '@/lib/errors';

/** What a server action hands back to its form when it does not redirect. */
export type FormState =
  | { status: 'idle' }
  | { status: 'error'; message: string; fieldErrors: FieldErrors; values: Record<string, string> };

export const idleFormState: FormState = { status: 'idle' };

const secretFields = new Set(['password', 'website']);

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

/**
 * Turns a failure into form state: expected errors keep their message and field errors;
 * anything else is logged with a reference and shown as a generic message quoting it.
 */
export function errorFormState(error: unknown, formData: FormData): FormState {
  const values = echoValues(formData);
  if (isAppError(error)) {
    return { status: 'error', message: error.message, fieldErrors: error.fields ?? {}, values };
  }
  const reference = randomUUID().slice(0, 8);
  console.error(`[form] unexpected error, reference ${reference}`, error);
  return {
    status: 'error',
    message: `Something went wrong on our side and nothing was saved. Please try again (reference ${reference}).`,
    fieldErrors: {},
    values,
  };
}
