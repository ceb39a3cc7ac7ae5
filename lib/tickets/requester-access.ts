import { eq } from 'drizzle-orm';
import type { Executor } from '@/db/client';
import { tickets } from '@/db/schema';
import { type Actor, anonymous } from '@/lib/auth/actor';
import { notFound } from '@/lib/errors';
import { type LockedTicket, lockTicketByNumber, lockTicketWhere } from './locked-ticket';
import { hashTrackingToken, isWellFormedToken } from './tracking-token';

/**
 * How a requester reaches their ticket: signed in, by number, as the customer who owns it; or
 * through the private tracking link. The ticket number alone never grants access.
 */
export type RequesterAccess = { actor: Actor; number: string } | { token: string };

export type RequesterTicket = { ticket: LockedTicket; actor: Actor; authorId: string | null; authorName: string };

/** Locks the requester's ticket, or answers not_found for anyone else (never "forbidden"). */
export async function lockRequesterTicket(tx: Executor, access: RequesterAccess): Promise<RequesterTicket> {
  if ('token' in access) {
    if (!isWellFormedToken(access.token)) throw notFound('No such ticket.');
    const ticket = await lockTicketWhere(tx, eq(tickets.trackingTokenHash, hashTrackingToken(access.token)));
    if (!ticket) throw notFound('No such ticket.');
    return { ticket, actor: anonymous, authorId: ticket.requesterId, authorName: ticket.requesterName };
  }
  const { actor } = access;
  if (actor.kind !== 'user' || actor.role !== 'customer') throw notFound('No such ticket.');
  const ticket = await lockTicketByNumber(tx, access.number);
  if (ticket.requesterId !== actor.id) throw notFound('No such ticket.');
  return { ticket, actor, authorId: actor.id, authorName: actor.name };
}
