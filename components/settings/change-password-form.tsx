'use client';

import { ErrorSummary } from '@/components/forms/error-summary';
import { TextField } from '@/components/forms/fields';
import { useServerForm } from '@/components/forms/use-server-form';
import { Button } from '@/components/ui/button';
import type { FormAction } from '@/lib/forms/form-state';
import { type PasswordChangeInput, passwordChangeSchema } from '@/lib/users/schemas';

export function ChangePasswordForm({ action }: { action: FormAction }) {
  const { form, formRef, formAction, onSubmit, pending, errorFor, summaryItems, summaryMessage, summaryKey } = useServerForm<PasswordChangeInput>({
    schema: passwordChangeSchema,
    action,
    defaults: {},
  });
  const { register } = form;

  return (
    <form ref={formRef} action={formAction} onSubmit={onSubmit} noValidate aria-label="Change password" className="space-y-5">
      {summaryMessage ? <ErrorSummary message={summaryMessage} items={summaryItems(['currentPassword', 'password'])} focusKey={summaryKey} /> : null}
      <TextField
        label="Current password"
        type="password"
        autoComplete="current-password"
        error={errorFor('currentPassword')}
        {...register('currentPassword')}
      />
      <TextField
        label="New password"
        type="password"
        autoComplete="new-password"
        hint="At least 10 characters. Your other sessions are signed out."
        error={errorFor('password')}
        {...register('password')}
      />
      <Button type="submit" disabled={pending}>
        {pending ? 'Changing…' : 'Change password'}
      </Button>
    </form>
  );
}
