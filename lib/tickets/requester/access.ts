import { and, eq } from 'drizzle-orm';
import type { Executor } from '@/db/client';
import { tickets } from '@/db/schema';
import { type Actor, anonymous } from '@/lib/access/actor';
import { notFound } from '@/lib/errors';
import { type LockedTicket, lockTicketByNumber, lockTicketWhere } from '../locked-ticket';
import { ticketNumberSchema } from '../schemas';
import { hashTrackingToken, isWellFormedToken } from '../tracking/token';

/**
 * How a requester reaches their ticket: signed in, by number, as the customer who owns it; or
 * through the private tracking link, with the client's address so that failed look-ups are
 * counted (see tracking-limit.ts). The ticket number alone never grants access.
 */
export type RequesterAccess = { actor: Actor; number: string } | { token: string; ip?: string };

export type RequesterTicket = {
  ticket: LockedTicket;
  actor: Actor;
  authorId: string | null;
  authorName: string;
  /** The merged ticket whose private link led to `ticket`, if that is how it was reached. */
  mergedFrom?: string | null;
};

async function tokenHolder(db: Executor, token: string) {
  const [row] = await db
    .select({ id: tickets.id, mergedIntoId: tickets.mergedIntoId, requesterId: tickets.requesterId, requesterName: tickets.requesterName })
    .from(tickets)
    .where(eq(tickets.trackingTokenHash, hashTrackingToken(token)))
    .limit(1);
  return row;
}

/** Locks the requester's ticket, or answers not_found for anyone else (never "forbidden"). */
export async function lockRequesterTicket(tx: Executor, access: RequesterAccess): Promise<RequesterTicket> {
  if ('token' in access) {
    if (!isWellFormedToken(access.token)) throw notFound('No such ticket.');
    const holder = await tokenHolder(tx, access.token);
    // A merged ticket's link leads to the survivor; whoever holds it still writes as the source's requester.
    const ticket = holder ? await lockTicketWhere(tx, eq(tickets.id, holder.mergedIntoId ?? holder.id)) : undefined;
    if (!holder || !ticket) throw notFound('No such ticket.');
    return { ticket, actor: anonymous, authorId: holder.requesterId, authorName: holder.requesterName, mergedFrom: holder.mergedIntoId ? holder.id : null };
  }
  const { actor } = access;
  if (actor.kind !== 'user' || actor.role !== 'customer') throw notFound('No such ticket.');
  const ticket = await lockTicketByNumber(tx, access.number);
  if (ticket.requesterId !== actor.id) throw notFound('No such ticket.');
  return { ticket, actor, authorId: actor.id, authorName: actor.name };
}

/** The same look-up for reading: no lock, the same refusals. */
export async function findRequesterTicketId(db: Executor, access: RequesterAccess): Promise<string> {
  let where;
  if ('token' in access) {
    if (!isWellFormedToken(access.token)) throw notFound('No such ticket.');
    const holder = await tokenHolder(db, access.token);
    if (!holder) throw notFound('No such ticket.');
    return holder.mergedIntoId ?? holder.id;
  } else {
    const number = ticketNumberSchema.safeParse(access.number);
    const { actor } = access;
    if (!number.success || actor.kind !== 'user' || actor.role !== 'customer') throw notFound('No such ticket.');
    where = and(eq(tickets.number, number.data), eq(tickets.requesterId, actor.id));
  }
  const [row] = await db.select({ id: tickets.id }).from(tickets).where(where).limit(1);
  if (!row) throw notFound('No such ticket.');
  return row.id;
}
