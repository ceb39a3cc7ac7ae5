import 'server-only';
import { and, eq, isNull } from 'drizzle-orm';
import { getDb } from '@/db/client';
import { tickets } from '@/db/schema';
import type { Actor } from '@/lib/access/actor';
import { assertCan } from '@/lib/access/permissions';
import { AppError } from '@/lib/errors';
import { recordTicketEvent } from '../events';
import { lockRequesterTicket, type RequesterAccess } from '../requester/access';
import { withTrackingLimit } from './limit';
import { issueTrackingToken } from './token';

/**
 * "Get a new link": the requester replaces their private link, for instance after sharing it by
 * mistake. The old token stops working in the same transaction; the new one is returned once.
 */
export async function reissueTrackingLink(access: RequesterAccess): Promise<{ number: string; token: string }> {
  const db = await getDb();
  return withTrackingLimit(access, () =>
    db.transaction(async (tx) => {
      const { ticket, actor, authorName, mergedFrom } = await lockRequesterTicket(tx, access);
      const token = await issueTrackingToken(tx, ticket.id);
      // Reached through a merged ticket's link: that link is the one to stop.
      if (mergedFrom) await tx.update(tickets).set({ trackingTokenHash: null, trackingTokenSealed: null }).where(eq(tickets.id, mergedFrom));
      await recordTicketEvent(tx, actor, ticket, { kind: 'tracking_link_issued', actorName: authorName });
      return { number: ticket.number, token };
    }),
  );
}

export function sameEmail(a: string, b: string): boolean {
  return a.trim().toLowerCase() === b.trim().toLowerCase();
}

/**
 * Moves a ticket sent without an account into the signed-in customer's portal. Holding the
 * link is not enough: the account's email must be the one the request was sent from, and a
 * ticket that already belongs to an account stays where it is.
 */
export async function attachTicketToAccount(actor: Actor, input: { token: string; ip?: string }): Promise<{ number: string }> {
  assertCan(actor, 'portal:use');
  if (actor.kind !== 'user') throw new AppError('unauthorized', 'Please sign in to continue.');
  const access = { token: input.token, ip: input.ip };
  const db = await getDb();
  return withTrackingLimit(access, () =>
    db.transaction(async (tx) => {
      const { ticket } = await lockRequesterTicket(tx, access);
      if (ticket.requesterId === actor.id) return { number: ticket.number };
      if (ticket.requesterId) throw new AppError('conflict', 'This ticket already belongs to an account.');
      if (!sameEmail(ticket.requesterEmail, actor.email)) {
        throw new AppError('forbidden', 'This request was sent from a different email address than your account’s, so it cannot be added to it.');
      }
      const [attached] = await tx
        .update(tickets)
        .set({ requesterId: actor.id, updatedAt: new Date() })
        .where(and(eq(tickets.id, ticket.id), isNull(tickets.requesterId)))
        .returning({ id: tickets.id });
      if (!attached) throw new AppError('conflict', 'This ticket already belongs to an account.');
      await recordTicketEvent(tx, actor, ticket, { kind: 'attached_to_account', to: actor.email });
      return { number: ticket.number };
    }),
  );
}
