'use client';

import { ArticleSuggestions } from '@/components/faq/article-suggestions';
import { ErrorSummary } from '@/components/forms/error-summary';
import { SelectField, TextAreaField, TextField } from '@/components/forms/fields';
import { useServerForm } from '@/components/forms/use-server-form';
import { Button } from '@/components/ui/button';
import type { FormAction } from '@/lib/forms/form-state';
import { customerPriorities, type PortalTicketInput, portalTicketSchema } from '@/lib/tickets/portal-schemas';
import { TICKET_LIMITS } from '@/lib/tickets/schemas';
import { priorityLabel } from '@/lib/vocabulary';

type Props = {
  action: FormAction;
  categories: Array<{ slug: string; name: string }>;
  defaults: Partial<Record<keyof PortalTicketInput, string>>;
};

const fieldOrder: Array<keyof PortalTicketInput & string> = ['subject', 'category', 'priority', 'description', 'reference', 'followUp'];

const priorityHints = { low: 'a question, no rush', medium: 'it gets in the way', high: 'I cannot work or order' } as const;

export function PortalTicketForm({ action, categories, defaults }: Props) {
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

      <div>
        <TextField
          label="Subject"
          maxLength={TICKET_LIMITS.subject}
          hint="A short summary, like “Order 1042 arrived damaged”."
          defaultValue={values.subject}
          error={errorFor('subject')}
          {...register('subject')}
        />
        <ArticleSuggestions text={subject} />
      </div>
      <div className="grid gap-6 sm:grid-cols-2">
        <SelectField
          label="Category"
          placeholder="Choose a category"
          options={categories.map((c) => ({ value: c.slug, label: c.name }))}
          defaultValue={values.category ?? ''}
          error={errorFor('category')}
          {...register('category')}
        />
        <SelectField
          label="Priority"
          hint="Urgent cases are flagged by the support team."
          options={customerPriorities.map((p) => ({ value: p, label: `${priorityLabel[p]} — ${priorityHints[p]}` }))}
          defaultValue={values.priority ?? 'medium'}
          error={errorFor('priority')}
          {...register('priority')}
        />
      </div>
      <TextAreaField
        label="Description"
        rows={8}
        maxLength={TICKET_LIMITS.message}
        hint="What happened, what you expected, and anything you already tried."
        defaultValue={values.description}
        error={errorFor('description')}
        {...register('description')}
      />
      <TextField
        label="Order or reference number"
        optional
        maxLength={TICKET_LIMITS.reference}
        defaultValue={values.reference}
        error={errorFor('reference')}
        {...register('reference')}
      />

      <div className="flex flex-col-reverse gap-4 border-t border-slate-200 pt-6 sm:flex-row sm:items-center sm:justify-between">
        <p className="text-sm text-slate-600">You can follow the ticket under My tickets.</p>
        <Button type="submit" disabled={pending} className="w-full sm:w-auto">
          {pending ? 'Sending…' : 'Send request'}
        </Button>
      </div>
    </form>
  );
}
