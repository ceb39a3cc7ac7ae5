import 'server-only';
import { eq } from 'drizzle-orm';
import { z } from 'zod';
import { getDb } from '@/db/client';
import { tickets } from '@/db/schema';
import type { Actor } from '@/lib/access/actor';
import { assertCan } from '@/lib/access/permissions';
import { parseInput } from '@/lib/errors';
import { recordTicketEvent } from '../events';
import { lockTicketByNumber } from '../locked-ticket';

export const deleteTicketSchema = z
  .object({
    number: z.string().trim().toUpperCase().max(40),
    confirmation: z.string({ error: 'Type the ticket number to confirm.' }).trim().toUpperCase().max(40),
  })
  .refine((input) => input.confirmation === input.number, {
    path: ['confirmation'],
    error: 'Type the ticket number exactly as shown to confirm.',
  });

/**
 * Deletes a ticket for good, with its messages, rating and notifications (the foreign keys
 * cascade). Its trail stays: the 'deleted' event is written first, in the same transaction, and
 * every event keeps the ticket's number when the ticket id they point to becomes null.
 */
export async function deleteTicket(actor: Actor, input: { number: unknown; confirmation: unknown }): Promise<{ number: string }> {
  assertCan(actor, 'ticket:delete');
  const { number } = parseInput(deleteTicketSchema, input);
  const db = await getDb();
  return db.transaction(async (tx) => {
    const ticket = await lockTicketByNumber(tx, number);
    await recordTicketEvent(tx, actor, ticket, { kind: 'deleted', from: ticket.status });
    await tx.delete(tickets).where(eq(tickets.id, ticket.id));
    return { number: ticket.number };
  });
}
