import Link from 'next/link';
import type { ReactNode } from 'react';
import { PriorityBadge, StatusBadge } from '@/components/tickets/ticket-badges';
import { ButtonLink } from '@/components/ui/button';
import { Card } from '@/components/ui/card';
import { RelativeTime } from '@/components/ui/relative-time';
import type { FileLimits } from '@/components/files/file-picker';
import type { FormAction } from '@/lib/forms/form-state';
import type { RelatedTicket, RequesterTicketView } from '@/lib/tickets/requester';
import { ActionForm } from './action-form';
import { Conversation } from './conversation';
import { RatingForm } from './rating-form';
import { RatingSummary } from './rating-summary';
import { ReplyForm } from './reply-form';
import { StatusTimeline } from './status-timeline';

type Props = {
  view: RequesterTicketView;
  actions: { reply: FormAction; resolve: FormAction; rate: FormAction };
  /** Where related tickets link to; null when they are named only (on a tracking link). */
  hrefFor: ((number: string) => string) | null;
  /** Offered on a closed ticket instead of the reply box. */
  followUp: ReactNode;
  notice?: string | null;
  /** A score from the mail's rating link, preselected on the rating form. */
  rating?: number | null;
  fileLimits: FileLimits;
  /** The private link's token, when the ticket is read through it. */
  token?: string;
  children?: ReactNode;
};

/** A ticket as its requester sees it, in the portal and on a tracking link alike. */
export function RequesterTicket({ view, actions, hrefFor, followUp, notice, rating, fileLimits, token, children }: Props) {
  const related = (ticket: RelatedTicket) =>
    hrefFor ? (
      <Link href={hrefFor(ticket.number)} className="font-medium text-brand-700 hover:underline">
        {ticket.number}
      </Link>
    ) : (
      <span className="font-mono">{ticket.number}</span>
    );

  return (
    <div className="space-y-6">
      <div>
        <p className="font-mono text-sm text-slate-600" data-testid="ticket-number">
          {view.number}
        </p>
        <h1 className="mt-1 text-2xl font-bold break-words text-slate-900 sm:text-3xl">{view.subject}</h1>
        <div className="mt-3 flex flex-wrap items-center gap-2">
          <StatusBadge status={view.status} />
          <PriorityBadge priority={view.priority} />
          <span className="text-sm text-slate-600">{view.category}</span>
        </div>
        {view.parent ? (
          <p className="mt-3 text-sm text-slate-700" data-testid="parent-ticket">
            Follow-up of {related(view.parent)}: {view.parent.subject}
          </p>
        ) : null}
      </div>

      {notice ? (
        <p role="status" className="rounded-xl border-l-4 border-emerald-600 bg-emerald-50 p-4 font-medium text-emerald-900" data-testid="notice">
          {notice}
        </p>
      ) : null}

      <div className="grid gap-6 lg:grid-cols-[minmax(0,1fr)_18rem]">
        <div className="min-w-0 space-y-6">
          <section aria-labelledby="conversation-title" className="space-y-3">
            <h2 id="conversation-title" className="text-lg font-semibold text-slate-900">
              Conversation
            </h2>
            <Conversation
              original={{ authorName: view.requesterName, body: view.description, createdAt: view.createdAt, attachments: view.attachments }}
              messages={view.messages}
              token={token}
            />
          </section>

          {view.feedback ? (
            <Card className="sm:p-6">
              <h2 className="mb-3 text-lg font-semibold text-slate-900">Your rating</h2>
              <RatingSummary rating={view.feedback.rating} comment={view.feedback.comment} />
            </Card>
          ) : view.can.rate ? (
            <Card className="sm:p-6">
              <h2 className="text-lg font-semibold text-slate-900">Rate the help you got</h2>
              <p className="mt-1 mb-4 text-sm text-slate-600">One rating per ticket; it helps the team get better.</p>
              <RatingForm action={actions.rate} preselected={rating} />
            </Card>
          ) : null}

          {view.can.reply ? (
            <Card className="sm:p-6">
              <h2 className="mb-3 text-lg font-semibold text-slate-900">Reply</h2>
              <ReplyForm
                key={view.messages.length}
                action={actions.reply}
                fileLimits={fileLimits}
                hint={view.status === 'resolved' ? 'Replying reopens this ticket.' : 'The support team sees your reply on this ticket.'}
              />
            </Card>
          ) : view.status === 'closed' ? (
            <Card className="sm:p-6" data-testid="closed-ticket">
              <h2 className="text-lg font-semibold text-slate-900">This ticket is closed</h2>
              <p className="mt-1 mb-4 text-slate-600">It takes no more replies. If the problem is back, open a follow-up: it links to this ticket.</p>
              {followUp}
            </Card>
          ) : null}

          {view.can.resolve ? (
            <Card className="sm:p-6">
              <h2 className="text-lg font-semibold text-slate-900">Is your problem solved?</h2>
              <p className="mt-1 mb-4 text-slate-600">Let us know and we will mark the ticket resolved. You can still reply afterwards.</p>
              <ActionForm action={actions.resolve} label="This is solved" pendingLabel="Saving…" />
            </Card>
          ) : null}

          {children}
        </div>

        <aside className="space-y-6">
          <Card className="space-y-3 text-sm sm:p-6">
            <h2 className="text-base font-semibold text-slate-900">Details</h2>
            <dl className="space-y-3">
              <Detail label="Opened"><RelativeTime date={view.createdAt} /></Detail>
              <Detail label="Last activity"><RelativeTime date={view.lastActivityAt} /></Detail>
              {view.externalRef ? <Detail label="Your reference"><span className="break-all">{view.externalRef}</span></Detail> : null}
              {view.followUps.length ? (
                <Detail label="Follow-ups">
                  <ul className="space-y-1" data-testid="follow-ups">
                    {view.followUps.map((ticket) => (
                      <li key={ticket.number}>
                        {related(ticket)} <StatusBadge status={ticket.status} />
                      </li>
                    ))}
                  </ul>
                </Detail>
              ) : null}
            </dl>
          </Card>
          <Card className="sm:p-6">
            <h2 className="mb-4 text-base font-semibold text-slate-900">History</h2>
            <StatusTimeline entries={view.timeline} parentNumber={view.parent?.number ?? null} />
          </Card>
        </aside>
      </div>
    </div>
  );
}

function Detail({ label, children }: { label: string; children: ReactNode }) {
  return (
    <div>
      <dt className="font-medium text-slate-600">{label}</dt>
      <dd className="mt-0.5 text-slate-900">{children}</dd>
    </div>
  );
}

export function FollowUpLink({ number }: { number: string }) {
  return <ButtonLink href={`/portal/tickets/new?followUp=${encodeURIComponent(number)}`}>Open a follow-up</ButtonLink>;
}
