import 'server-only';
import { eq } from 'drizzle-orm';
import { getDb } from '@/db/client';
import { tickets } from '@/db/schema';
import { type Actor, isActiveStaff } from '@/lib/access/actor';
import { can } from '@/lib/access/permissions';
import { notFound } from '@/lib/errors';
import { ticketNumberSchema } from '../schemas';

/**
 * The ticket behind a number when the actor may read it, as getTicket decides (approved staff,
 * or the customer who asked); anyone else is told it does not exist. `staff` says whether the
 * actor sees the team's side too: internal notes and every event.
 */
export async function findVisibleTicket(actor: Actor, number: string): Promise<{ id: string; staff: boolean }> {
  const parsed = ticketNumberSchema.safeParse(number);
  if (!parsed.success) throw notFound('No such ticket.');
  const db = await getDb();
  const [row] = await db.select({ id: tickets.id, requesterId: tickets.requesterId }).from(tickets).where(eq(tickets.number, parsed.data)).limit(1);
  if (!row || !can(actor, 'ticket:read', row)) throw notFound('No such ticket.');
  return { id: row.id, staff: isActiveStaff(actor) };
}
