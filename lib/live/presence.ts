import { eq } from 'drizzle-orm';
import { z } from 'zod';
import { getDb } from '@/db/client';
import { tickets } from '@/db/schema';
import { type Actor, isActiveStaff } from '@/lib/access/actor';
import { forbidden, notFound, parseInput } from '@/lib/errors';
import { ticketNumberSchema } from '@/lib/tickets/schemas';
import { publishLive } from './publish';

export const presenceInputSchema = z.object({
  ticket: ticketNumberSchema,
  state: z.enum(['viewing', 'replying', 'left']),
});

/**
 * An agent is looking at (or writing on) a ticket. Not stored: sent to every instance's hub, which
 * keeps it in memory until the next ping or its time-to-live runs out.
 */
export async function reportPresence(actor: Actor, input: unknown): Promise<void> {
  if (actor.kind !== 'user' || !isActiveStaff(actor)) throw forbidden('Only active staff share presence.');
  const { ticket, state } = parseInput(presenceInputSchema, input);
  const db = await getDb();
  const [row] = await db.select({ id: tickets.id }).from(tickets).where(eq(tickets.number, ticket)).limit(1);
  if (!row) throw notFound('No such ticket.');
  await publishLive(db, { type: 'presence', ticketId: row.id, userId: actor.id, name: actor.name, state });
}
