import 'server-only';
import { and, asc, eq, inArray, isNull, sql } from 'drizzle-orm';
import { getDb } from '@/db/client';
import { categories, type TicketPriority, ticketPriority, tickets, users } from '@/db/schema';
import type { Actor } from '@/lib/access/actor';
import { assertCan } from '@/lib/access/permissions';
import { type OpenTicketStatus, openTicketStatuses } from '@/lib/vocabulary';

export type CurrentStats = {
  open: number;
  unassigned: number;
  byStatus: Record<OpenTicketStatus, number>;
  byPriority: Record<TicketPriority, number>;
  /** Every active category, and any inactive one that still has open tickets. */
  byCategory: Array<{ name: string; active: boolean; count: number }>;
  pendingApplications: number;
};

const zeroes = <K extends string>(keys: readonly K[]) => Object.fromEntries(keys.map((key) => [key, 0])) as Record<K, number>;

/**
 * The helpdesk right now. One pass over the live, unfinished tickets (the partial status index)
 * counts them three ways at once with GROUPING SETS.
 */
export async function getCurrentStats(actor: Actor): Promise<CurrentStats> {
  assertCan(actor, 'stats:read');
  const db = await getDb();
  const [groups, categoryRows, [pending]] = await Promise.all([
    db
      .select({
        status: tickets.status,
        priority: tickets.priority,
        categoryId: tickets.categoryId,
        // 1 in a column means "not grouped by this column" in that row.
        set: sql<number>`(grouping(${tickets.status}) * 4 + grouping(${tickets.priority}) * 2 + grouping(${tickets.categoryId}))::int`,
        count: sql<number>`count(*)::int`,
        unassigned: sql<number>`(count(*) filter (where ${tickets.assigneeId} is null))::int`,
      })
      .from(tickets)
      .where(and(isNull(tickets.archivedAt), inArray(tickets.status, [...openTicketStatuses])))
      .groupBy(sql`grouping sets ((${tickets.status}), (${tickets.priority}), (${tickets.categoryId}))`),
    db
      .select({ id: categories.id, name: categories.name, active: categories.active })
      .from(categories)
      .orderBy(asc(categories.position), asc(categories.name)),
    db
      .select({ count: sql<number>`count(*)::int` })
      .from(users)
      .where(and(inArray(users.role, ['agent', 'admin']), eq(users.staffStatus, 'pending'))),
  ]);

  const byStatus = zeroes(openTicketStatuses);
  const byPriority = zeroes(ticketPriority.enumValues);
  const perCategory = new Map<string, number>();
  let unassigned = 0;
  for (const row of groups) {
    if (row.set === 3 && row.status) {
      byStatus[row.status as OpenTicketStatus] = row.count;
      unassigned += row.unassigned;
    } else if (row.set === 5 && row.priority) byPriority[row.priority] = row.count;
    else if (row.set === 6 && row.categoryId) perCategory.set(row.categoryId, row.count);
  }
  return {
    open: Object.values(byStatus).reduce((sum, n) => sum + n, 0),
    unassigned,
    byStatus,
    byPriority,
    byCategory: categoryRows
      .map((category) => ({ name: category.name, active: category.active, count: perCategory.get(category.id) ?? 0 }))
      .filter((category) => category.active || category.count > 0),
    pendingApplications: pending?.count ?? 0,
  };
}
