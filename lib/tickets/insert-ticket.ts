import type { Transaction } from '@/db/client';
import { type TicketChannel, type TicketPriority, tickets } from '@/db/schema';
import type { Actor } from '@/lib/access/actor';
import { notifyTicketAssigned, notifyUnassignedTicket } from '@/lib/notify';
import { startSlaClock } from '@/lib/sla/ticket-clock';
import { autoAssign } from './auto-assign';
import { queueTicketConfirmation } from './confirmation-mail';
import { recordTicketEvent } from './events';
import { nextTicketNumber } from './numbers';
import { issueTrackingToken } from './tracking/token';

export type NewTicketValues = {
  subject: string;
  description: string;
  categoryId: string;
  priority?: TicketPriority;
  requesterId: string | null;
  requesterName: string;
  requesterEmail: string;
  requesterPhone?: string | null;
  externalRef?: string | null;
  channel: TicketChannel;
  parentTicketId?: string | null;
};

export type InsertedTicket = { id: string; number: string; createdAt: Date; trackingToken: string };

/**
 * Writes a new ticket with everything that must exist with it: its number, its created event,
 * its tracking token, the requester's confirmation mail and the news to staff (assignee, or those
 * who follow unassigned tickets). Every way of opening a ticket goes through here, inside its transaction.
 */
export async function insertTicket(tx: Transaction, actor: Actor, values: NewTicketValues, now = new Date()): Promise<InsertedTicket> {
  const number = await nextTicketNumber(tx, now);
  const [ticket] = await tx
    .insert(tickets)
    .values({
      ...values,
      number,
      requesterPhone: values.requesterPhone ?? null,
      externalRef: values.externalRef ?? null,
      parentTicketId: values.parentTicketId ?? null,
      createdAt: now,
      updatedAt: now,
      lastActivityAt: now,
      lastPublicActivityAt: now,
    })
    .returning({ id: tickets.id, number: tickets.number, createdAt: tickets.createdAt });
  if (!ticket) throw new Error('ticket insert returned no row');
  await recordTicketEvent(tx, actor, ticket, {
    kind: 'created',
    to: 'open',
    actorName: actor.kind === 'user' ? actor.name : values.requesterName,
  });
  await startSlaClock(tx, ticket.id);
  const assignee = await autoAssign(tx, ticket, now);
  const trackingToken = await issueTrackingToken(tx, ticket.id, now);
  await queueTicketConfirmation(tx, { ...ticket, trackingToken }, values, now);
  if (assignee) await notifyTicketAssigned(tx, actor, ticket.id, assignee.id, { auto: true, now });
  else await notifyUnassignedTicket(tx, actor, ticket.id, now);
  return { ...ticket, trackingToken };
}
