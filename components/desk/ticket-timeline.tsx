import { RelativeTime } from '@/components/ui/relative-time';
import type { TimelineEvent } from '@/lib/tickets/workspace';
import { priorityLabel, statusLabel, type TicketPriority, type TicketStatus } from '@/lib/vocabulary';

const what: Record<TimelineEvent['kind'], string> = {
  created: 'opened the ticket',
  status_changed: 'changed the status',
  assigned: 'assigned the ticket',
  unassigned: 'unassigned the ticket',
  priority_changed: 'changed the priority',
  category_changed: 'changed the category',
  replied: 'replied',
  note_added: 'added an internal note',
  feedback_given: 'rated the help',
  archived: 'archived the ticket',
  restored: 'restored the ticket',
  linked: 'linked a ticket',
  deleted: 'deleted the ticket',
  tracking_link_issued: 'issued a new tracking link',
  attached_to_account: 'attached the ticket to an account',
  tagged: 'added a tag',
  untagged: 'removed a tag',
  merged: 'merged in a ticket',
  merged_into: 'merged this ticket into another',
  sla_breached: 'missed an SLA target',
  followed: 'followed the ticket',
  unfollowed: 'stopped following the ticket',
  cc_changed: 'changed the CC addresses',
  auto_closed: 'closed the ticket automatically',
};

/** Stored values are codes for status and priority, and names or numbers for the rest. */
function shown(kind: TimelineEvent['kind'], value: string | null): string | null {
  if (value === null) return null;
  if (kind === 'status_changed' || kind === 'auto_closed' || kind === 'created' || kind === 'archived' || kind === 'restored') return statusLabel[value as TicketStatus] ?? value;
  if (kind === 'priority_changed') return priorityLabel[value as TicketPriority] ?? value;
  if (kind === 'feedback_given') return `${value} out of 5`;
  return value;
}

/** Every change to the ticket, oldest first: who, what, from → to, when. */
export function TicketTimeline({ events }: { events: TimelineEvent[] }) {
  return (
    <ol className="space-y-3 text-sm" data-testid="timeline">
      {events.map((event) => {
        const from = shown(event.kind, event.from);
        const to = shown(event.kind, event.to);
        return (
          <li key={event.id} className="border-l-2 border-slate-200 pl-3">
            <p className="text-slate-800">
              <span className="font-semibold">{event.actorName}</span> {what[event.kind]}
              {from || to ? (
                <span className="text-slate-700">
                  {': '}
                  {from ? <span>{from}</span> : null}
                  {from && to ? <span aria-label="to"> → </span> : null}
                  {to ? <span className="font-medium">{to}</span> : null}
                </span>
              ) : null}
              {event.onTicket ? <span className="text-slate-600"> (on {event.onTicket})</span> : null}
            </p>
            <p className="text-xs text-slate-600">
              <RelativeTime date={event.createdAt} />
            </p>
          </li>
        );
      })}
    </ol>
  );
}
