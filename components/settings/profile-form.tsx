'use client';

import { ErrorSummary } from '@/components/forms/error-summary';
import { TextField } from '@/components/forms/fields';
import { useServerForm } from '@/components/forms/use-server-form';
import { Button } from '@/components/ui/button';
import { type ProfileInput, profileSchema } from '@/lib/account/schemas';
import type { FormAction } from '@/lib/forms/form-state';

/** The person's own name; a plain form post, so it works without JavaScript. */
export function ProfileForm({ action, name }: { action: FormAction; name: string }) {
  const { form, formRef, formAction, onSubmit, pending, values, errorFor, summaryItems, summaryMessage, summaryKey } = useServerForm<ProfileInput>({
    schema: profileSchema,
    action,
    defaults: { name },
  });
  return (
    <form ref={formRef} action={formAction} onSubmit={onSubmit} noValidate aria-label="Profile" className="space-y-4">
      {summaryMessage ? <ErrorSummary message={summaryMessage} items={summaryItems(['name'])} focusKey={summaryKey} /> : null}
      <TextField
        label="Name"
        autoComplete="name"
        maxLength={120}
        hint="Shown on your replies from now on; messages you wrote before keep the name they had."
        defaultValue={values.name}
        error={errorFor('name')}
        {...form.register('name')}
      />
      <Button type="submit" disabled={pending}>
        {pending ? 'Saving…' : 'Save name'}
      </Button>
    </form>
  );
}
