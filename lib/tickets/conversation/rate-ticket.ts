import 'server-only';
import type { TicketStatus } from '@/db/schema';
import type { Actor } from '@/lib/access/actor';
import { assertCan } from '@/lib/access/permissions';
import { parseInput } from '@/lib/errors';
import { rateTicket } from '../requester/actions';
import { apiRatingSchema } from './schemas';

export type GivenRating = { score: number; comment: string | null; status: TicketStatus };

/**
 * A customer rates the help on their own ticket, by rateTicket's rules (resolved or closed, once).
 * Staff are refused outright rather than told the ticket does not exist: rating is the
 * requester's part, whatever the ticket.
 */
export async function rateOwnTicket(actor: Actor, input: { number: string; rating: unknown }): Promise<GivenRating> {
  assertCan(actor, 'portal:use');
  const { score, comment } = parseInput(apiRatingSchema, input.rating);
  const rated = await rateTicket({ actor, number: input.number }, { rating: score, comment });
  return { score: rated.rating, comment: comment ?? null, status: rated.status };
}
