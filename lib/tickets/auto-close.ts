import 'server-only';
import { and, asc, eq, isNotNull, isNull, lt, notExists, sql } from 'drizzle-orm';
import { type Database, getDb } from '@/db/client';
import { ticketMessages, tickets } from '@/db/schema';
import { anonymous } from '@/lib/access/actor';
import { readAutoCloseDays } from '@/lib/settings/auto-close-days';
import { lockTicketsSkippingLocked } from './locked-ticket';
import { applyStatusChange } from './status-change';
import { canTransition } from './status-machine';

/** The name the trail shows for closes nobody made by hand. */
export const AUTO_CLOSE_ACTOR = 'Auto-close';
const DAY = 86_400_000;

export type AutoClosePass = { claimed: number; closed: string[] };

/**
 * Closes resolved tickets whose customer has not written since they were resolved, once they
 * have waited the configured number of days. Each ticket is locked while it closes, and a ticket
 * another instance holds is skipped: once that instance commits, the ticket is no longer
 * resolved, so however many instances run a pass at once, each ticket closes once with one event.
 */
export async function closeStaleResolvedTickets(options: { db?: Database; now?: Date; batchSize?: number } = {}): Promise<AutoClosePass> {
  const db = options.db ?? (await getDb());
  const now = options.now ?? new Date();
  const batchSize = options.batchSize ?? 100;
  return db.transaction(async (tx) => {
    const days = await readAutoCloseDays(tx);
    if (days === 0) return { claimed: 0, closed: [] };
    const cutoff = new Date(now.getTime() - days * DAY);
    const answered = tx
      .select({ one: sql`1` })
      .from(ticketMessages)
      .where(and(eq(ticketMessages.ticketId, tickets.id), eq(ticketMessages.authorKind, 'requester'), sql`${ticketMessages.createdAt} > ${tickets.resolvedAt}`));
    const due = await lockTicketsSkippingLocked(
      tx,
      and(eq(tickets.status, 'resolved'), isNull(tickets.archivedAt), isNotNull(tickets.resolvedAt), lt(tickets.resolvedAt, cutoff), notExists(answered))!,
      sql`${asc(tickets.resolvedAt)}, ${asc(tickets.id)}`,
      batchSize,
    );
    const closed: string[] = [];
    for (const ticket of due) {
      if (!canTransition(ticket.status, 'closed')) continue;
      await applyStatusChange(tx, anonymous, ticket, 'closed', { now, actorName: AUTO_CLOSE_ACTOR, eventKind: 'auto_closed' });
      closed.push(ticket.number);
    }
    return { claimed: due.length, closed };
  });
}
