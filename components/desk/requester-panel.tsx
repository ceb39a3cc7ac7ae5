import Link from 'next/link';
import { Badge } from '@/components/ui/badge';
import { RelativeTime } from '@/components/ui/relative-time';
import { StatusBadge } from '@/components/tickets/ticket-badges';
import type { DeskTicket } from '@/lib/tickets/workspace';
import { MailUndeliverableNotice } from './mail-undeliverable-notice';

/** Who asked, how to reach them, and what else they have asked. */
export function RequesterPanel({ ticket }: { ticket: DeskTicket }) {
  const { requester } = ticket;
  return (
    <section aria-labelledby="requester-title" className="space-y-3">
      <h2 id="requester-title" className="text-base font-semibold text-slate-900">
        Requester
      </h2>
      <div className="text-sm">
        <p className="font-medium text-slate-900">{requester.name}</p>
        <p className="break-all text-slate-700">
          <a href={`mailto:${requester.email}`} className="hover:underline">
            {requester.email}
          </a>
        </p>
        {requester.phone ? <p className="text-slate-700">{requester.phone}</p> : null}
        <p className="mt-1">
          <Badge tone={requester.hasAccount ? 'green' : 'slate'}>{requester.hasAccount ? 'Has an account' : 'No account (contact form)'}</Badge>
        </p>
      </div>
      {ticket.mailUndeliverable ? <MailUndeliverableNotice notice={ticket.mailUndeliverable} /> : null}
      <div>
        <h3 className="text-sm font-semibold text-slate-800">Their other tickets</h3>
        {ticket.otherTickets.length === 0 ? (
          <p className="mt-1 text-sm text-slate-600">None.</p>
        ) : (
          <ul className="mt-2 space-y-2 text-sm">
            {ticket.otherTickets.map((other) => (
              <li key={other.number}>
                <Link href={`/desk/tickets/${other.number}`} className="font-medium break-words text-slate-900 hover:text-brand-700 hover:underline">
                  {other.subject}
                </Link>
                <div className="mt-0.5 flex flex-wrap items-center gap-2 text-xs text-slate-600">
                  <span className="font-mono">{other.number}</span>
                  <StatusBadge status={other.status} />
                  {other.archived ? <Badge tone="gray">Archived</Badge> : null}
                  <RelativeTime date={other.createdAt} />
                </div>
              </li>
            ))}
          </ul>
        )}
      </div>
    </section>
  );
}
