import 'server-only';
import { and, eq } from 'drizzle-orm';
import { getDb, type Transaction } from '@/db/client';
import { categories, type TicketPriority, tickets } from '@/db/schema';
import type { Actor, UserActor } from '@/lib/access/actor';
import { assertCan } from '@/lib/access/permissions';
import { AppError, notFound } from '@/lib/errors';
import { type LockedTicket, lockTicketWhere } from './locked-ticket';
import { ticketNumberSchema } from './schemas';

export type FollowUpDraft = { number: string; subject: string; category: string; priority: TicketPriority; reference: string | null };

const followUpSubjectPrefix = 'Follow-up: ';
const onlyClosed = () => new AppError('conflict', 'Only a closed ticket takes a follow-up. Reply on the ticket instead.');

/** What a follow-up form starts with: the customer's own closed ticket, or not_found. */
export async function getFollowUpDraft(actor: Actor, input: { number: string }): Promise<FollowUpDraft> {
  assertCan(actor, 'portal:use');
  if (actor.kind !== 'user') throw notFound('No such ticket.');
  const number = ticketNumberSchema.safeParse(input.number);
  if (!number.success) throw notFound('No such ticket.');
  const db = await getDb();
  const [row] = await db
    .select({ number: tickets.number, subject: tickets.subject, status: tickets.status, category: categories.slug, priority: tickets.priority, reference: tickets.externalRef })
    .from(tickets)
    .innerJoin(categories, eq(categories.id, tickets.categoryId))
    .where(and(eq(tickets.number, number.data), eq(tickets.requesterId, actor.id)))
    .limit(1);
  if (!row) throw notFound('No such ticket.');
  if (row.status !== 'closed') throw onlyClosed();
  const subject = row.subject.startsWith(followUpSubjectPrefix) ? row.subject : `${followUpSubjectPrefix}${row.subject}`;
  return {
    number: row.number,
    subject: subject.slice(0, 200),
    category: row.category,
    priority: row.priority === 'urgent' ? 'high' : row.priority,
    reference: row.reference,
  };
}

/**
 * The closed ticket a new one follows up, locked until the transaction ends: it must be the
 * customer's own by account (a visitor's ticket with the same email is not), and closed.
 */
export async function lockFollowUpParent(tx: Transaction, customer: UserActor, number: string): Promise<LockedTicket> {
  const found = await lockTicketWhere(tx, eq(tickets.number, number));
  if (!found || found.requesterId !== customer.id) throw notFound('The ticket to follow up was not found.');
  if (found.status !== 'closed') throw onlyClosed();
  return found;
}
