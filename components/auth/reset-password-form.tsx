'use client';

import { ErrorSummary } from '@/components/forms/error-summary';
import { TextField } from '@/components/forms/fields';
import { useServerForm } from '@/components/forms/use-server-form';
import { Button } from '@/components/ui/button';
import type { FormAction } from '@/lib/forms/form-state';
import { type PasswordResetInput, passwordResetSchema } from '@/lib/users/schemas';

export function ResetPasswordForm({ action, token }: { action: FormAction; token: string }) {
  const { form, formRef, formAction, onSubmit, pending, errorFor, summaryItems, summaryMessage, summaryKey } = useServerForm<PasswordResetInput>({
    schema: passwordResetSchema,
    action,
    defaults: { token },
  });
  return (
    <form ref={formRef} action={formAction} onSubmit={onSubmit} noValidate className="space-y-5">
      {summaryMessage ? <ErrorSummary message={summaryMessage} items={summaryItems(['password'])} focusKey={summaryKey} /> : null}
      <input type="hidden" value={token} {...form.register('token')} />
      <TextField
        label="New password"
        type="password"
        autoComplete="new-password"
        hint="At least 10 characters. Every browser signed in to your account is signed out."
        error={errorFor('password')}
        {...form.register('password')}
      />
      <Button type="submit" disabled={pending} className="w-full">
        {pending ? 'Saving…' : 'Set new password'}
      </Button>
    </form>
  );
}
