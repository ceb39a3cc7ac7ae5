'use client';

import { useActionState } from 'react';
import { Button, buttonClass } from '@/components/ui/button';
import { cn } from '@/components/ui/cn';
import { type FormAction, idleFormState } from '@/lib/forms/form-state';

type Props = {
  action: FormAction;
  person: { id: string; name: string };
  decision: string;
  summary: string;
  submit: string;
  hint: string;
};

/**
 * A decision that takes an optional reason, folded away until asked for. It needs no script; a
 * refusal reopens the fold, so the message is seen also after a full page load.
 */
export function ReasonDecision({ action, person, decision, summary, submit, hint }: Props) {
  const [state, formAction, pending] = useActionState(action, idleFormState);
  const failed = state.status === 'error';
  const id = `reason-${decision}-${person.id}`;
  return (
    <details className="open:w-full sm:open:w-auto" open={failed || undefined}>
      <summary className={cn(buttonClass('secondary'), 'cursor-pointer list-none [&::-webkit-details-marker]:hidden')}>
        {summary}
        <span className="sr-only"> {person.name}</span>
      </summary>
      <form action={formAction} aria-busy={pending || undefined} className="mt-3 space-y-3 rounded-xl bg-slate-50 p-4 ring-1 ring-slate-200 sm:w-96">
        <input type="hidden" name="userId" value={person.id} />
        <input type="hidden" name="decision" value={decision} />
        <div>
          <label htmlFor={id} className="block text-sm font-medium text-slate-800">
            Reason <span className="font-normal text-slate-600">(optional)</span>
          </label>
          <p id={`${id}-hint`} className="mt-1 text-sm text-slate-600">
            {hint}
          </p>
          <textarea
            id={id}
            name="reason"
            rows={3}
            maxLength={500}
            defaultValue={failed ? state.values.reason : undefined}
            aria-describedby={failed ? `${id}-hint ${id}-error` : `${id}-hint`}
            className="mt-1.5 block w-full rounded-lg border-0 bg-white px-3 py-2 text-base text-slate-900 ring-1 ring-slate-300 ring-inset focus:ring-2 focus:ring-brand-600 sm:text-sm"
          />
        </div>
        {failed ? (
          <p id={`${id}-error`} role="alert" className="text-sm font-medium text-red-700" data-testid="action-error">
            {state.fieldErrors.reason?.[0] ?? state.message}
          </p>
        ) : null}
        <Button type="submit" variant="danger" disabled={pending}>
          {submit}
          <span className="sr-only"> {person.name}</span>
        </Button>
      </form>
    </details>
  );
}
