import Link from 'next/link';
import { DeskActionForm } from '@/components/desk/desk-action-form';
import { deskControl } from '@/components/desk/control-class';
import { Button, buttonClass } from '@/components/ui/button';
import type { FormAction } from '@/lib/forms/form-state';
import type { MergePreview } from '@/lib/tickets/merge';
import { statusLabel } from '@/lib/vocabulary';

type Props = {
  number: string;
  /** What was typed in the look-up step, and the ticket it found (null: none). */
  lookup: { into: string; preview: MergePreview | null } | null;
  action: FormAction;
};

/**
 * "Merge into…" in two steps that work without JavaScript: a look-up (a GET form back to this
 * page) shows the target's subject and requester, then the merge itself posts to the action.
 */
export function MergePanel({ number, lookup, action }: Props) {
  const preview = lookup?.preview ?? null;
  return (
    <section className="space-y-3" aria-labelledby="merge-title">
      <h2 id="merge-title" className="text-base font-semibold text-slate-900">Merge into another ticket</h2>
      <p className="text-sm text-slate-600">
        Moves this ticket’s conversation, files, timeline and tags to the other ticket and closes this one. A merge cannot be undone.
      </p>
      <form method="get" action={`/desk/tickets/${encodeURIComponent(number)}`} className="space-y-2" aria-label="Find the ticket to merge into">
        <label htmlFor="merge-into" className="block text-sm font-semibold text-slate-800">Ticket number</label>
        <div className="flex gap-2">
          <input
            id="merge-into"
            name="mergeInto"
            required
            maxLength={40}
            defaultValue={lookup?.into ?? ''}
            placeholder="HD-20260101-0001"
            autoComplete="off"
            spellCheck={false}
            className={deskControl}
          />
          <button type="submit" className={buttonClass('secondary')}>Find</button>
        </div>
      </form>
      {lookup && !preview ? (
        <p role="alert" className="text-sm font-medium text-red-700" data-testid="merge-not-found">No ticket has the number {lookup.into}.</p>
      ) : null}
      {preview ? (
        <div className="space-y-3 rounded-lg bg-slate-50 p-3 ring-1 ring-slate-200" data-testid="merge-preview">
          <dl className="space-y-1 text-sm">
            <div>
              <dt className="sr-only">Ticket</dt>
              <dd>
                <Link href={`/desk/tickets/${preview.number}`} className="font-mono font-semibold text-brand-700 hover:underline">{preview.number}</Link>
                <span className="text-slate-600"> · {statusLabel[preview.status]}</span>
              </dd>
            </div>
            <div>
              <dt className="sr-only">Subject</dt>
              <dd className="font-medium break-words text-slate-900">{preview.subject}</dd>
            </div>
            <div>
              <dt className="inline text-slate-600">Requester: </dt>
              <dd className="inline break-words text-slate-800">{preview.requesterName} ({preview.requesterEmail})</dd>
            </div>
          </dl>
          {preview.blocked ? (
            <p role="alert" className="text-sm font-medium text-red-700" data-testid="merge-blocked">{preview.blocked}</p>
          ) : (
            <DeskActionForm action={action} number={number} label="Merge ticket">
              <input type="hidden" name="into" value={preview.number} />
              {preview.sameRequester ? null : (
                <label className="flex items-start gap-2 text-sm text-slate-800">
                  <input type="checkbox" name="confirmOtherRequester" required className="mt-0.5 size-5 shrink-0 accent-brand-600" />
                  <span>The requesters differ. Merge anyway: this ticket’s requester will be copied on the other ticket’s replies.</span>
                </label>
              )}
              <Button type="submit" variant="danger">Merge into {preview.number}</Button>
            </DeskActionForm>
          )}
        </div>
      ) : null}
    </section>
  );
}

/** On a merged ticket: where its conversation went. */
export function MergedNotice({ into }: { into: { number: string; subject: string } }) {
  return (
    <p role="note" data-testid="merged-notice" className="rounded-xl border-l-4 border-brand-600 bg-brand-50 p-4 text-sm text-slate-900">
      This ticket was merged into{' '}
      <Link href={`/desk/tickets/${into.number}`} className="font-semibold text-brand-700 underline">
        {into.number}: {into.subject}
      </Link>
      . Its conversation continues there.
    </p>
  );
}
