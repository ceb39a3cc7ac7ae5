import { eq, inArray, isNotNull, isNull, type Placeholder, type SQL, sql } from 'drizzle-orm';
import { categories, tags, type TicketStatus, ticketTags, tickets } from '@/db/schema';
import { dateConditions, type QueueDates } from './dates';
import { type QueueQuery, type QueueView, viewStatuses } from './schema';

// Every queue read goes through these conditions, so a view means the same rows in the list, in
// the search and in its count. Each view matches one of the partial indexes on tickets
// (db/schema/tickets.ts): live tickets by status, or the archive.

/** The statuses left once the status filter narrows the view; empty when they contradict. */
export function effectiveStatuses(view: QueueView | 'all', status: TicketStatus | undefined): readonly TicketStatus[] | null {
  const statuses = view === 'all' ? null : viewStatuses(view);
  if (!status) return statuses;
  return statuses === null || statuses.includes(status) ? [status] : [];
}

/** Who "Mine" and "assigned to me" mean: the acting user's id, or a placeholder for it. */
export type Me = string | Placeholder;

/** The conditions of a view alone, as its count uses them. */
export function viewConditions(me: Me, view: QueueView): SQL[] {
  return queueConditions(me, { view }) ?? [sql`false`];
}

/**
 * The conditions for a view with its filters, or null when no ticket can match them. 'all' (the
 * admin's export of every ticket) is live and archived tickets alike, in any status.
 */
export function queueConditions(
  me: Me,
  query: { view: QueueView | 'all' } & Partial<Pick<QueueQuery, 'status' | 'category' | 'priority' | 'assignee' | 'requester' | 'tag'>> & QueueDates,
): SQL[] | null {
  const statuses = effectiveStatuses(query.view, query.status);
  if (statuses && statuses.length === 0) return null;
  const conditions: SQL[] = [];
  if (query.view !== 'all') conditions.push(query.view === 'archived' ? isNotNull(tickets.archivedAt) : isNull(tickets.archivedAt));
  if (statuses) conditions.push(statuses.length === 1 ? eq(tickets.status, statuses[0]!) : inArray(tickets.status, [...statuses]));

  if (query.view === 'mine') conditions.push(eq(tickets.assigneeId, me));
  if (query.view === 'unassigned') conditions.push(isNull(tickets.assigneeId));
  // Tickets whose SLA clock runs (tickets_sla_due_idx); paused and untracked ones have no due time.
  if (query.view === 'due') conditions.push(isNotNull(tickets.slaDueAt));
  if (query.assignee === 'me') conditions.push(eq(tickets.assigneeId, me));
  else if (query.assignee === 'none') conditions.push(isNull(tickets.assigneeId));
  else if (query.assignee) conditions.push(eq(tickets.assigneeId, query.assignee));

  // A slug that names no category matches nothing, as it should.
  if (query.category) conditions.push(eq(tickets.categoryId, sql`(select ${categories.id} from ${categories} where ${categories.slug} = ${query.category})`));
  if (query.priority) conditions.push(eq(tickets.priority, query.priority));
  if (query.requester) conditions.push(eq(sql`lower(${tickets.requesterEmail})`, query.requester));
  if (query.tag) {
    conditions.push(
      sql`exists (select 1 from ${ticketTags} join ${tags} on ${tags.id} = ${ticketTags.tagId} where ${ticketTags.ticketId} = ${tickets.id} and lower(${tags.name}) = ${query.tag.toLowerCase()})`,
    );
  }
  conditions.push(...dateConditions(query));
  return conditions;
}
