import { eq } from 'drizzle-orm';
import type { Executor } from '@/db/client';
import { tickets } from '@/db/schema';
import { anonymous } from '@/lib/access/actor';
import { recordTicketEvent } from '../events';
import { unsealTrackingToken } from './sealed';
import { hashTrackingToken, issueTrackingToken } from './token';

/**
 * The visitor's current private-link token, for a mail that must carry it. When the sealed copy
 * cannot be opened (AUTH_SECRET changed or is unset, or the ticket predates sealing) a fresh
 * token is issued: it replaces the link the visitor had, which is the price of never storing the
 * token in the clear. The event on the ticket says the link changed.
 */
export async function trackingTokenForMail(tx: Executor, ticket: { id: string; number: string }, now = new Date()): Promise<string> {
  const [row] = await tx
    .select({ hash: tickets.trackingTokenHash, sealed: tickets.trackingTokenSealed })
    .from(tickets)
    .where(eq(tickets.id, ticket.id))
    .limit(1);
  const token = row?.sealed ? unsealTrackingToken(row.sealed) : null;
  if (token && row?.hash === hashTrackingToken(token)) return token;
  const fresh = await issueTrackingToken(tx, ticket.id, now);
  await recordTicketEvent(tx, anonymous, ticket, { kind: 'tracking_link_issued', actorName: 'Deskline mail' });
  return fresh;
}
