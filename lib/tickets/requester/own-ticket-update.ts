import 'server-only';
import { z } from 'zod';
import { getDb } from '@/db/client';
import type { TicketStatus } from '@/db/schema';
import type { Actor } from '@/lib/access/actor';
import { forbidden } from '@/lib/errors';
import { assertTicketVersion } from '../version';
import { lockRequesterTicket } from './access';
import { markSolved } from './actions';

const ownTicketChangesSchema = z.object({ status: z.literal('resolved').optional() }).strict();

const ONLY_RESOLVE = 'Customers can only mark their own ticket as solved, with { "status": "resolved" }; staff change the rest.';

/**
 * A customer's change to their own ticket through the API: "this is solved", as in the portal,
 * and nothing else. Another customer's ticket is not found, whatever the body asks; If-Match is
 * checked against the customer's own ETag, under the row lock.
 */
export async function updateOwnTicket(actor: Actor, input: { number: string; changes: unknown; expectedVersion?: string }): Promise<{ status: TicketStatus }> {
  const db = await getDb();
  return db.transaction(async (tx) => {
    const requester = await lockRequesterTicket(tx, { actor, number: input.number });
    const changes = ownTicketChangesSchema.safeParse(input.changes);
    if (!changes.success) throw forbidden(ONLY_RESOLVE);
    await assertTicketVersion(tx, requester.ticket.id, input.expectedVersion, { staff: false });
    if (changes.data.status === undefined) return { status: requester.ticket.status };
    return markSolved(tx, requester);
  });
}
