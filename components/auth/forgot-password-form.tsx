'use client';

import { ErrorSummary } from '@/components/forms/error-summary';
import { TextField } from '@/components/forms/fields';
import { useServerForm } from '@/components/forms/use-server-form';
import { Button } from '@/components/ui/button';
import type { FormAction } from '@/lib/forms/form-state';
import { type ForgotPasswordInput, forgotPasswordSchema } from '@/lib/users/schemas';

export function ForgotPasswordForm({ action }: { action: FormAction }) {
  const { form, formRef, formAction, onSubmit, pending, values, errorFor, summaryItems, summaryMessage, summaryKey } =
    useServerForm<ForgotPasswordInput>({ schema: forgotPasswordSchema, action, defaults: {} });
  return (
    <form ref={formRef} action={formAction} onSubmit={onSubmit} noValidate className="space-y-5">
      {summaryMessage ? <ErrorSummary message={summaryMessage} items={summaryItems(['email'])} focusKey={summaryKey} /> : null}
      <TextField label="Email" type="email" autoComplete="email" inputMode="email" defaultValue={values.email} error={errorFor('email')} {...form.register('email')} />
      <Button type="submit" disabled={pending} className="w-full">
        {pending ? 'Sending…' : 'Send me a reset link'}
      </Button>
    </form>
  );
}
