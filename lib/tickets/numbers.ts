import { sql } from 'drizzle-orm';
import type { Executor } from '@/db/client';
import { ticketCounters } from '@/db/schema';

/** The day a ticket number belongs to, in UTC so that every instance agrees. */
export function ticketDay(now: Date): string {
  return now.toISOString().slice(0, 10);
}

export function formatTicketNumber(day: string, sequence: number): string {
  return `HD-${day.replaceAll('-', '')}-${String(sequence).padStart(4, '0')}`;
}

/**
 * Takes the next number of the day. The upsert locks that day's counter row until the
 * surrounding transaction ends, so concurrent creations queue for it and never share a number.
 */
export async function nextTicketNumber(tx: Executor, now = new Date()): Promise<string> {
  const day = ticketDay(now);
  const [row] = await tx
    .insert(ticketCounters)
    .values({ day, last: 1 })
    .onConflictDoUpdate({ target: ticketCounters.day, set: { last: sql`${ticketCounters.last} + 1` } })
    .returning({ last: ticketCounters.last });
  if (!row) throw new Error('ticket counter returned no row');
  return formatTicketNumber(day, row.last);
}
