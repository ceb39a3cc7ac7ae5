'use client';

import { useEffect } from 'react';
import { ErrorSummary } from '@/components/forms/error-summary';
import { TextAreaField } from '@/components/forms/fields';
import { useServerForm } from '@/components/forms/use-server-form';
import { Button } from '@/components/ui/button';
import { cn } from '@/components/ui/cn';
import type { FormAction } from '@/lib/forms/form-state';
import { type FeedbackInput, feedbackSchema } from '@/lib/tickets/schemas';
import { ratingLabels } from './rating-labels';

type Props = {
  action: FormAction;
  /** The score chosen in the mail's rating link: checked and focused, but sent only by the button. */
  preselected?: number | null;
};

/** 1 to 5 as a radio group: arrow keys move between the choices, the legend names the question. */
export function RatingForm({ action, preselected }: Props) {
  const { form, formRef, formAction, onSubmit, pending, values, errorFor, summaryItems, summaryMessage, summaryKey } =
    useServerForm<FeedbackInput>({ schema: feedbackSchema, action, defaults: preselected ? { rating: String(preselected) } : {} });
  const ratingError = errorFor('rating');

  // Arriving from the mail, the person lands on their choice, ready to add a comment and send.
  useEffect(() => {
    if (!preselected) return;
    const chosen = formRef.current?.querySelector<HTMLInputElement>(`input[name="rating"][value="${preselected}"]`);
    chosen?.focus({ preventScroll: true });
    formRef.current?.scrollIntoView({ block: 'center' });
  }, [preselected, formRef]);

  return (
    <form ref={formRef} action={formAction} onSubmit={onSubmit} noValidate className="space-y-5">
      {summaryMessage ? <ErrorSummary message={summaryMessage} items={summaryItems(['rating', 'comment'])} focusKey={summaryKey} /> : null}
      <fieldset aria-describedby={ratingError ? 'field-rating-error' : undefined}>
        <legend className="text-sm font-medium text-slate-800">How would you rate the help you got?</legend>
        <div className="mt-2 grid grid-cols-5 gap-1.5 sm:gap-2">
          {ratingLabels.map((label, index) => {
            const value = String(index + 1);
            return (
              <label
                key={value}
                className={cn(
                  'relative flex min-h-16 cursor-pointer flex-col items-center justify-center rounded-lg bg-white px-0.5 py-2 text-center sm:px-2 ring-1 ring-inset has-[:checked]:bg-brand-700 has-[:checked]:text-white has-[:checked]:ring-brand-700 has-[:focus-visible]:outline-2 has-[:focus-visible]:outline-offset-2 has-[:focus-visible]:outline-brand-600',
                  ratingError ? 'ring-red-500' : 'ring-slate-300 hover:bg-slate-50',
                )}
              >
                <input
                  type="radio"
                  value={value}
                  id={index === 0 ? 'field-rating' : undefined}
                  defaultChecked={values.rating === value}
                  // Transparent over the whole choice: clicks, taps and focus land on the real radio.
                  className="absolute inset-0 h-full w-full cursor-pointer opacity-0"
                  {...form.register('rating')}
                />
                <span className="text-lg font-bold" aria-hidden="true">
                  {value}
                </span>
                <span className="text-[0.7rem] leading-tight sm:text-xs">
                  <span className="sr-only">{value} – </span>
                  {label}
                </span>
              </label>
            );
          })}
        </div>
        {ratingError ? (
          <p id="field-rating-error" className="mt-1.5 text-sm font-medium text-red-700" data-testid="error-rating">
            {ratingError}
          </p>
        ) : null}
      </fieldset>
      <TextAreaField
        label="Anything to add?"
        optional
        rows={3}
        maxLength={2000}
        defaultValue={values.comment}
        error={errorFor('comment')}
        className="min-h-24"
        {...form.register('comment')}
      />
      <Button type="submit" disabled={pending} className="w-full sm:w-auto">
        {pending ? 'Sending…' : 'Send rating'}
      </Button>
    </form>
  );
}
