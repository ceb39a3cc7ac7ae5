import { eq } from 'drizzle-orm';
import { z } from 'zod';
import { getDb } from '@/db/client';
import { tickets } from '@/db/schema';
import { type Actor, isActiveStaff } from '@/lib/access/actor';
import { forbidden, notFound, parseInput } from '@/lib/errors';
import { ticketNumberSchema } from '@/lib/tickets/schemas';
import { getLiveHub } from './hub';
import { publishLive } from './publish';

export const presenceInputSchema = z.object({
  ticket: ticketNumberSchema,
  state: z.enum(['viewing', 'replying', 'left']),
});

/**
 * An agent is looking at (or writing on) a ticket. Not stored: sent to every instance's hub, which
 * keeps it in memory until the next ping or its time-to-live runs out. Answers who else is on it,
 * so that a page just opened need not wait for the others' next ping.
 */
export async function reportPresence(actor: Actor, input: unknown): Promise<{ ticketId: string; others: { userId: string; name: string; state: 'viewing' | 'replying' }[] }> {
  if (actor.kind !== 'user' || !isActiveStaff(actor)) throw forbidden('Only active staff share presence.');
  const { ticket, state } = parseInput(presenceInputSchema, input);
  const db = await getDb();
  const [row] = await db.select({ id: tickets.id }).from(tickets).where(eq(tickets.number, ticket)).limit(1);
  if (!row) throw notFound('No such ticket.');
  const hub = await getLiveHub(getDb);
  await publishLive(db, { type: 'presence', ticketId: row.id, userId: actor.id, name: actor.name, state });
  return { ticketId: row.id, others: hub.presenceOn(row.id).filter((entry) => entry.userId !== actor.id) };
}
