'use client';

import { useState } from 'react';
import { type FileLimits, FilePicker } from '@/components/files/file-picker';
import { ErrorSummary } from '@/components/forms/error-summary';
import { SelectField } from '@/components/forms/fields';
import { FILES_FIELD, useServerForm } from '@/components/forms/use-server-form';
import { TicketRequestFields } from '@/components/tickets/ticket-request-fields';
import { Button } from '@/components/ui/button';
import type { FormAction } from '@/lib/forms/form-state';
import { customerPriorities, type PortalTicketInput, portalTicketSchema } from '@/lib/tickets/schemas';
import { priorityLabel } from '@/lib/vocabulary';

type Props = {
  action: FormAction;
  categories: Array<{ slug: string; name: string }>;
  defaults: Partial<Record<keyof PortalTicketInput, string>>;
  fileLimits: FileLimits;
};

const fieldOrder: Array<(keyof PortalTicketInput & string) | typeof FILES_FIELD> = ['category', 'priority', 'subject', 'message', 'reference', FILES_FIELD, 'followUp'];

const priorityHints = { low: 'a question, no rush', medium: 'it gets in the way', high: 'I cannot work or order' } as const;

export function PortalTicketForm({ action, categories, defaults, fileLimits }: Props) {
  const [uploading, setUploading] = useState(false);
  const { form, formRef, formAction, onSubmit, pending, values, errorFor, summaryItems, summaryMessage, summaryKey } =
    useServerForm<PortalTicketInput>({ schema: portalTicketSchema, action, defaults });
  const { register } = form;
  const subject = form.watch('subject') ?? '';

  return (
    <form ref={formRef} action={formAction} onSubmit={onSubmit} noValidate className="space-y-6" aria-describedby="portal-required-note">
      {summaryMessage ? <ErrorSummary message={summaryMessage} items={summaryItems(fieldOrder)} focusKey={summaryKey} /> : null}
      <p id="portal-required-note" className="text-sm text-slate-600">
        All fields are required unless marked optional.
      </p>
      {values.followUp ? <input type="hidden" defaultValue={values.followUp} {...register('followUp')} /> : null}

      <TicketRequestFields
        register={register}
        errorFor={errorFor}
        values={values}
        categories={categories}
        subject={subject}
        messageLabel="Description"
        after={
          <SelectField
            label="Priority"
            hint="Urgent cases are flagged by the support team."
            options={customerPriorities.map((p) => ({ value: p, label: `${priorityLabel[p]} — ${priorityHints[p]}` }))}
            defaultValue={values.priority ?? 'medium'}
            error={errorFor('priority')}
            {...register('priority')}
          />
        }
      />

      <FilePicker limits={fileLimits} error={errorFor(FILES_FIELD)} onBusyChange={setUploading} />

      <div className="flex flex-col-reverse gap-4 border-t border-slate-200 pt-6 sm:flex-row sm:items-center sm:justify-between">
        <p className="text-sm text-slate-600">You can follow the ticket under My tickets.</p>
        <Button type="submit" disabled={pending || uploading} className="w-full sm:w-auto">
          {pending ? 'Sending…' : uploading ? 'Uploading files…' : 'Send request'}
        </Button>
      </div>
    </form>
  );
}
