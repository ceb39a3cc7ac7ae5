'use client';

import type { ReactNode } from 'react';
import type { Path, UseFormRegister } from 'react-hook-form';
import { ArticleSuggestions } from '@/components/faq/article-suggestions';
import { SelectField, TextAreaField, TextField } from '@/components/forms/fields';
import { TICKET_LIMITS, type TicketRequestInput } from '@/lib/tickets/schemas';

type Props<T extends TicketRequestInput> = {
  register: UseFormRegister<T>;
  errorFor: (name: keyof TicketRequestInput) => string | undefined;
  values: Record<string, string | undefined>;
  categories: Array<{ slug: string; name: string }>;
  /** The subject as typed so far, for the article suggestions. */
  subject: string;
  /** What the form calls the message: "Message" on the contact form, "Description" in the portal. */
  messageLabel: string;
  /** Fields of the form's own that share the grid with the category: before it, and after it. */
  before?: ReactNode;
  after?: ReactNode;
};

/** The fields every new ticket has, in the same order and with the same hints on every form. */
export function TicketRequestFields<T extends TicketRequestInput>({ register, errorFor, values, categories, subject, messageLabel, before, after }: Props<T>) {
  // Every form's schema extends the shared one, so these names are always among its fields.
  const field = (name: keyof TicketRequestInput) => register(name as Path<T>);
  return (
    <>
      <div className="grid gap-6 sm:grid-cols-2">
        {before}
        <SelectField
          label="Category"
          placeholder="Choose a category"
          options={categories.map((c) => ({ value: c.slug, label: c.name }))}
          defaultValue={values.category ?? ''}
          error={errorFor('category')}
          {...field('category')}
        />
        {after}
      </div>

      <div>
        <TextField
          label="Subject"
          maxLength={TICKET_LIMITS.subject}
          hint="A short summary, like “Order 1042 arrived damaged”."
          defaultValue={values.subject}
          error={errorFor('subject')}
          {...field('subject')}
        />
        <ArticleSuggestions text={subject} />
      </div>
      <TextAreaField
        label={messageLabel}
        rows={8}
        maxLength={TICKET_LIMITS.message}
        hint="What happened, what you expected, and anything you already tried."
        defaultValue={values.message}
        error={errorFor('message')}
        {...field('message')}
      />
      <TextField
        label="Order or reference number"
        optional
        maxLength={TICKET_LIMITS.reference}
        defaultValue={values.reference}
        error={errorFor('reference')}
        {...field('reference')}
      />
    </>
  );
}
