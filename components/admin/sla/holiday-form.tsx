'use client';

import { ErrorSummary } from '@/components/forms/error-summary';
import { TextField } from '@/components/forms/fields';
import { useServerForm } from '@/components/forms/use-server-form';
import { Button } from '@/components/ui/button';
import type { FormAction } from '@/lib/forms/form-state';
import { holidaySchema, SLA_LIMITS } from '@/lib/sla/schemas';

type HolidayInput = { day: string; name: string };
const fieldOrder: Array<keyof HolidayInput> = ['day', 'name'];

export function HolidayForm({ action }: { action: FormAction }) {
  const { form, formRef, formAction, onSubmit, pending, values, errorFor, summaryItems, summaryMessage, summaryKey } = useServerForm<HolidayInput>({
    schema: holidaySchema,
    action,
    defaults: {},
  });
  return (
    <form ref={formRef} action={formAction} onSubmit={onSubmit} noValidate className="space-y-4" aria-label="Add a holiday">
      {summaryMessage ? <ErrorSummary message={summaryMessage} items={summaryItems(fieldOrder)} focusKey={summaryKey} /> : null}
      <div className="grid gap-4 sm:grid-cols-[12rem_1fr]">
        <TextField label="Date" type="date" defaultValue={values.day} error={errorFor('day')} {...form.register('day')} />
        <TextField label="Name" maxLength={SLA_LIMITS.holidayName} defaultValue={values.name} error={errorFor('name')} {...form.register('name')} />
      </div>
      <div className="flex justify-end">
        <Button type="submit" disabled={pending} className="w-full sm:w-auto">
          {pending ? 'Adding…' : 'Add holiday'}
        </Button>
      </div>
    </form>
  );
}
