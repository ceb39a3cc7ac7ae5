'use client';

import { zodResolver } from '@hookform/resolvers/zod';
import { type FormEvent, useActionState, useRef, useTransition } from 'react';
import { type DefaultValues, type FieldValues, type Resolver, useForm } from 'react-hook-form';
import type { z } from 'zod';
import { FIELDS_INVALID_MESSAGE } from '@/lib/errors';
import { type FormAction, idleFormState } from '@/lib/forms/form-state';
import type { SummaryItem } from './error-summary';

/** The field a form's files are reported on (see components/files/file-picker). */
export const FILES_FIELD = 'attachments' as const;

/**
 * Joins react-hook-form (instant, field-level checks with the shared zod schema) to a server
 * action. Without JavaScript the form posts straight to the action and the server's errors and
 * echoed values are rendered instead.
 */
export function useServerForm<T extends FieldValues>(options: {
  schema: z.ZodType;
  action: FormAction;
  defaults: Partial<Record<keyof T & string, string>>;
}) {
  const [state, formAction] = useActionState(options.action, idleFormState);
  const [pending, startTransition] = useTransition();
  const formRef = useRef<HTMLFormElement>(null);
  const serverValues = state.status === 'error' ? state.values : {};
  const values = { ...options.defaults, ...serverValues } as Record<string, string>;

  const form = useForm<T>({
    resolver: zodResolver(options.schema as never) as unknown as Resolver<T>,
    defaultValues: values as DefaultValues<T>,
    mode: 'onTouched',
    // The error summary takes focus instead; it links to each field.
    shouldFocusError: false,
  });

  const clientErrors = form.formState.errors;
  // Files are no field of the schema (they travel as refs), but the server may refuse them.
  const errorFor = (name: (keyof T & string) | typeof FILES_FIELD): string | undefined => {
    const client = name === FILES_FIELD ? undefined : clientErrors[name]?.message;
    if (typeof client === 'string') return client;
    return state.status === 'error' ? state.fieldErrors[name]?.[0] : undefined;
  };

  const onSubmit = (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    // The button pressed is part of what was asked (e.g. "Send and resolve"), as without JavaScript.
    const submitter = (event.nativeEvent as SubmitEvent).submitter;
    void form.handleSubmit(() => {
      const formData = new FormData(formRef.current ?? undefined, submitter);
      startTransition(() => formAction(formData));
    })(event);
  };

  const summaryItems = (fieldOrder: Array<(keyof T & string) | typeof FILES_FIELD>): SummaryItem[] =>
    fieldOrder.flatMap((field) => {
      const message = errorFor(field);
      return message ? [{ field, message }] : [];
    });

  const clientFailed = form.formState.submitCount > 0 && Object.keys(clientErrors).length > 0;
  const summaryMessage = clientFailed
    ? FIELDS_INVALID_MESSAGE
    : state.status === 'error'
      ? state.message
      : null;

  return {
    state,
    form,
    formRef,
    formAction,
    onSubmit,
    pending,
    values,
    errorFor,
    summaryItems,
    summaryMessage,
    summaryKey: `${form.formState.submitCount}:${state.status === 'error' ? state.message + JSON.stringify(state.fieldErrors) : ''}`,
  };
}
