import type { ReactNode } from 'react';
import { Badge } from '@/components/ui/badge';
import { RelativeTime } from '@/components/ui/relative-time';
import type { DeskTicket } from '@/lib/tickets/workspace';
import { PriorityBadge, StatusBadge } from './ticket-badges';

type Props = {
  ticket: Pick<DeskTicket, 'number' | 'subject' | 'status' | 'priority' | 'archived' | 'category' | 'createdAt' | 'externalRef'>;
  /** More lines under the badges, such as who has the ticket. */
  children?: ReactNode;
  /** Links or buttons beside the title. */
  actions?: ReactNode;
};

/** A ticket's number, subject, status, priority and category, as staff see it on every page. */
export function TicketHeader({ ticket, children, actions }: Props) {
  return (
    <header data-testid="ticket-header" className="flex flex-col gap-4 sm:flex-row sm:items-start sm:justify-between">
      <div className="min-w-0">
        <p className="font-mono text-sm text-slate-600">{ticket.number}</p>
        <h1 className="mt-1 text-2xl font-bold break-words text-slate-900 sm:text-3xl">{ticket.subject}</h1>
        <div className="mt-3 flex flex-wrap items-center gap-2 text-sm text-slate-600">
          <StatusBadge status={ticket.status} />
          <PriorityBadge priority={ticket.priority} />
          {ticket.archived ? <Badge tone="gray">Archived</Badge> : null}
          <span>{ticket.category}</span>
          <span>
            · opened <RelativeTime date={ticket.createdAt} />
          </span>
          {ticket.externalRef ? <span>· ref {ticket.externalRef}</span> : null}
        </div>
        {children}
      </div>
      {actions ? <div className="flex shrink-0 gap-3">{actions}</div> : null}
    </header>
  );
}
