import 'server-only';
import { and, asc, desc, eq, ne, sql } from 'drizzle-orm';
import { getDb } from '@/db/client';
import { mailSuppressions, type MailSuppressionReason, type TicketStatus, ticketEvents, tickets } from '@/db/schema';
import type { Actor } from '@/lib/access/actor';
import { assertCan } from '@/lib/access/permissions';
import { readTicket, type TicketView } from '../read-ticket';
import { allowedTransitions } from '../status-machine';

export type TimelineEvent = {
  id: string;
  kind: (typeof ticketEvents.$inferSelect)['kind'];
  actorName: string;
  from: string | null;
  to: string | null;
  createdAt: Date;
  /** The ticket it happened on, when that was another one later merged into this. */
  onTicket?: string | null;
};

export type OtherTicket = { number: string; subject: string; status: TicketStatus; archived: boolean; createdAt: Date };

export type DeskTicket = TicketView & {
  assigneeId: string | null;
  categorySlug: string;
  archived: boolean;
  firstResponseAt: Date | null;
  /** The statuses the status machine allows from here; none while archived. */
  allowedStatuses: readonly TicketStatus[];
  events: TimelineEvent[];
  /** The requester's latest other tickets: by account when there is one, else by email. */
  otherTickets: OtherTicket[];
  /** Set when the requester's address bounced or complained: nothing is mailed to it any more. */
  mailUndeliverable: { email: string; reason: MailSuppressionReason; since: Date } | null;
};

const OTHER_TICKETS = 10;

// Events of one transaction share its timestamp; within it, show them in the order they happen:
// a claim assigns, then moves to in progress; a reply or a rating comes before the status it causes.
export const deskEventOrder = sql<number>`case ${ticketEvents.kind} when 'created' then 0 when 'status_changed' then 2 else 1 end`;

/** Everything the ticket workspace shows, for approved staff only. */
export async function getDeskTicket(actor: Actor, input: { number: string }): Promise<DeskTicket> {
  assertCan(actor, 'ticket:work');
  const { view, staff: desk } = await readTicket(actor, input);
  const db = await getDb();

  const sameRequester = desk.requesterId
    ? eq(tickets.requesterId, desk.requesterId)
    : eq(sql`lower(${tickets.requesterEmail})`, view.requester.email.toLowerCase());
  const [events, otherTickets, suppressed] = await Promise.all([
    db
      .select({
        id: ticketEvents.id,
        kind: ticketEvents.kind,
        actorName: ticketEvents.actorName,
        from: ticketEvents.fromValue,
        to: ticketEvents.toValue,
        createdAt: ticketEvents.createdAt,
        ticketNumber: ticketEvents.ticketNumber,
      })
      .from(ticketEvents)
      .where(eq(ticketEvents.ticketId, view.id))
      .orderBy(asc(ticketEvents.createdAt), deskEventOrder, asc(ticketEvents.id)),
    db
      .select({ number: tickets.number, subject: tickets.subject, status: tickets.status, archivedAt: tickets.archivedAt, createdAt: tickets.createdAt })
      .from(tickets)
      .where(and(sameRequester, ne(tickets.id, view.id)))
      .orderBy(desc(tickets.createdAt))
      .limit(OTHER_TICKETS),
    db
      .select({ email: mailSuppressions.email, reason: mailSuppressions.reason, since: mailSuppressions.createdAt })
      .from(mailSuppressions)
      .where(eq(mailSuppressions.email, view.requester.email.trim().toLowerCase()))
      .limit(1),
  ]);

  return {
    ...view,
    assigneeId: desk.assigneeId,
    categorySlug: desk.categorySlug,
    archived: desk.archivedAt !== null,
    firstResponseAt: desk.firstResponseAt,
    allowedStatuses: desk.archivedAt ? [] : allowedTransitions(view.status),
    events: events.map(({ ticketNumber, ...event }) => ({ ...event, onTicket: ticketNumber === view.number ? null : ticketNumber })),
    otherTickets: otherTickets.map(({ archivedAt, ...ticket }) => ({ ...ticket, archived: archivedAt !== null })),
    mailUndeliverable: suppressed[0] ?? null,
  };
}
