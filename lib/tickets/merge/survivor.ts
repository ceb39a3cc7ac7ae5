import { eq } from 'drizzle-orm';
import type { Executor } from '@/db/client';
import { tickets } from '@/db/schema';

/**
 * The ticket a merged one leads to, or null when it was not merged. One step is enough: a merge
 * re-points the tickets merged into its source before (merge-ticket.ts).
 */
export async function survivorOf(db: Executor, ticketId: string): Promise<{ id: string; number: string } | null> {
  const [row] = await db.select({ mergedIntoId: tickets.mergedIntoId }).from(tickets).where(eq(tickets.id, ticketId)).limit(1);
  if (!row?.mergedIntoId) return null;
  const [survivor] = await db.select({ id: tickets.id, number: tickets.number }).from(tickets).where(eq(tickets.id, row.mergedIntoId)).limit(1);
  return survivor ?? null;
}

/** The survivor's number, for pages that send a merged ticket's visitors on. */
export async function mergedSurvivorNumber(db: Executor, ticketId: string): Promise<string | null> {
  return (await survivorOf(db, ticketId))?.number ?? null;
}
