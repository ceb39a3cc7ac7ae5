'use client';

import { ErrorSummary } from '@/components/forms/error-summary';
import { TextField } from '@/components/forms/fields';
import { useServerForm } from '@/components/forms/use-server-form';
import { Button } from '@/components/ui/button';
import { type DeleteAccountInput, deleteAccountSchema } from '@/lib/account/schemas';
import type { FormAction } from '@/lib/forms/form-state';

type Props = {
  action: FormAction;
  /** The address to type; admins deleting a customer's account type the customer's. */
  email: string;
  /** Hidden fields: whose account, when an admin acts. */
  fields?: Record<string, string>;
  submitLabel: string;
};

/** Deleting cannot be undone, so it asks for the account's email address to be typed. */
export function DeleteAccountForm({ action, email, fields = {}, submitLabel }: Props) {
  const { form, formRef, formAction, onSubmit, pending, values, errorFor, summaryItems, summaryMessage, summaryKey } = useServerForm<DeleteAccountInput>({
    schema: deleteAccountSchema,
    action,
    defaults: {},
  });
  return (
    <form ref={formRef} action={formAction} onSubmit={onSubmit} noValidate aria-label="Delete account" className="space-y-4">
      {summaryMessage ? <ErrorSummary message={summaryMessage} items={summaryItems(['confirmEmail'])} focusKey={summaryKey} /> : null}
      {Object.entries(fields).map(([name, value]) => (
        <input key={name} type="hidden" name={name} value={value} />
      ))}
      <TextField
        label="Type the email address to confirm"
        type="email"
        autoComplete="off"
        spellCheck={false}
        hint={<>Type {email} exactly.</>}
        defaultValue={values.confirmEmail}
        error={errorFor('confirmEmail')}
        {...form.register('confirmEmail')}
      />
      <Button type="submit" variant="danger" disabled={pending}>
        {pending ? 'Deleting…' : submitLabel}
      </Button>
    </form>
  );
}
