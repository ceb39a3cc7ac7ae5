import { sql } from 'drizzle-orm';
import type { Database } from '@/db/client';
import { categories, type TicketPriority, type TicketStatus, tickets } from '@/db/schema';
import { tagNamesByTicket } from '@/lib/tags/ticket-tags';
import { isOpenStatus } from '../status-machine';
import { assignedTo, assignees, inCategory, ticketColumns } from '../ticket-columns';

export type QueueRow = {
  id: string;
  number: string;
  subject: string;
  requesterName: string;
  requesterEmail: string;
  category: string;
  priority: TicketPriority;
  status: TicketStatus;
  assignee: string | null;
  assigneeId: string | null;
  /** The last public message is the requester's and the ticket is still open. */
  needsReply: boolean;
  archived: boolean;
  createdAt: Date;
  lastActivityAt: Date;
  /** The ticket's tags, A to Z. */
  tags: string[];
  /** The SLA clock's next due time while it runs (lib/sla). */
  slaDueAt: Date | null;
};

/**
 * The columns a queue shows, for one page of ids already chosen and ordered by an index-only
 * query: only these rows are read from the table and joined. A prepared statement, planned once
 * per connection: it is the same query for every page.
 */
export async function loadQueueRows(db: Database, ids: string[]): Promise<QueueRow[]> {
  if (ids.length === 0) return [];
  let query = prepared.get(db);
  if (!query) {
    query = prepareRows(db);
    prepared.set(db, query);
  }
  const [rows, tagsById] = await Promise.all([query.execute({ ids: `{${ids.join(',')}}` }), tagNamesByTicket(db, ids)]);
  const byId = new Map(
    rows.map(({ lastMessageBy, archivedAt, ...row }) => [
      row.id,
      { ...row, tags: tagsById.get(row.id) ?? [], archived: archivedAt !== null, needsReply: lastMessageBy === 'requester' && isOpenStatus(row.status) },
    ]),
  );
  return ids.flatMap((id) => byId.get(id) ?? []);
}

function prepareRows(db: Database) {
  return db
    .select({
      ...ticketColumns,
      assignee: assignees.name,
      assigneeId: tickets.assigneeId,
      lastMessageBy: tickets.lastMessageBy,
      archivedAt: tickets.archivedAt,
      lastActivityAt: tickets.lastActivityAt,
      slaDueAt: tickets.slaDueAt,
    })
    .from(tickets)
    .innerJoin(categories, inCategory)
    .leftJoin(assignees, assignedTo)
    // The ids travel as one array literal, so every page is the same statement.
    .where(sql`${tickets.id} = any(${sql.placeholder('ids')}::text::uuid[])`)
    .prepare('desk_queue_rows');
}

const prepared = new WeakMap<Database, ReturnType<typeof prepareRows>>();
