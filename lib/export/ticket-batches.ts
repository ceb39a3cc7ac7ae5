import { and, desc, eq, inArray, type SQL } from 'drizzle-orm';
import type { Executor } from '@/db/client';
import { categories, feedback, type TicketPriority, type TicketStatus, tickets } from '@/db/schema';
import type { UserActor } from '@/lib/access/actor';
import { encodeCursor, QUEUE_PAGE_SIZE, queueConditions, queueOrderings, searchQueue } from '@/lib/tickets/queue';
import { assignedTo, assignees, inCategory } from '@/lib/tickets/ticket-columns';
import { tagNamesByTicket } from '@/lib/tags/ticket-tags';
import type { ExportQuery } from './export-query';

export type ExportRow = {
  number: string;
  createdAt: Date;
  updatedAt: Date;
  requesterName: string;
  requesterEmail: string;
  category: string;
  priority: TicketPriority;
  status: TicketStatus;
  assignee: string | null;
  firstResponseAt: Date | null;
  resolvedAt: Date | null;
  rating: number | null;
  archived: boolean;
  /** A to Z. */
  tags: string[];
};

/** The export's columns for one batch of ids, in the order given. */
async function loadExportRows(db: Executor, ids: string[]): Promise<ExportRow[]> {
  if (ids.length === 0) return [];
  const rows = await db
    .select({
      id: tickets.id,
      number: tickets.number,
      createdAt: tickets.createdAt,
      updatedAt: tickets.updatedAt,
      requesterName: tickets.requesterName,
      requesterEmail: tickets.requesterEmail,
      category: categories.name,
      priority: tickets.priority,
      status: tickets.status,
      assignee: assignees.name,
      firstResponseAt: tickets.firstResponseAt,
      resolvedAt: tickets.resolvedAt,
      rating: feedback.rating,
      archivedAt: tickets.archivedAt,
    })
    .from(tickets)
    .innerJoin(categories, inCategory)
    .leftJoin(assignees, assignedTo)
    .leftJoin(feedback, eq(feedback.ticketId, tickets.id))
    .where(inArray(tickets.id, ids));
  const tagsById = await tagNamesByTicket(db, ids);
  const byId = new Map(rows.map(({ id, archivedAt, ...row }) => [id, { ...row, archived: archivedAt !== null, tags: tagsById.get(id) ?? [] }]));
  return ids.flatMap((id) => byId.get(id) ?? []);
}

/**
 * The tickets of an export, batch by batch, in the list's order. Each batch is one keyset query
 * on the same conditions and index as the queue (the next batch starts after the last row's sort
 * keys) and one query for those rows' columns, so memory holds one batch however many match.
 */
export async function* exportBatches(db: Executor, actor: UserActor, query: ExportQuery, batchSize: number): AsyncGenerator<ExportRow[]> {
  if (query.numbers.length) {
    const selected = await db
      .select({ id: tickets.id })
      .from(tickets)
      .where(inArray(tickets.number, query.numbers))
      .orderBy(desc(tickets.createdAt), desc(tickets.id));
    for (let i = 0; i < selected.length; i += batchSize) yield loadExportRows(db, selected.slice(i, i + batchSize).map((r) => r.id));
    return;
  }
  const conditions = queueConditions(actor.id, query);
  if (!conditions) return;
  if (query.q) {
    yield* searchBatches(db, query.q, conditions);
    return;
  }
  // Every ticket has no partial index in activity order; tickets_created_idx walks them all.
  const ordering = queueOrderings[query.view === 'all' ? 'created' : query.sort];
  let after: string[] | null = null;
  for (;;) {
    const keyed = await db
      .select({ id: tickets.id, ...Object.fromEntries(ordering.keys.map((key, i) => [`k${i}`, key])) })
      .from(tickets)
      .where(and(...conditions, after ? ordering.after(after) : undefined))
      .orderBy(...ordering.by)
      .limit(batchSize);
    if (keyed.length === 0) return;
    yield loadExportRows(db, keyed.map((row) => row.id));
    if (keyed.length < batchSize) return;
    const last = keyed.at(-1) as { id: string } & Record<string, string>;
    after = [...ordering.keys.map((_, i) => String(last[`k${i}`])), last.id];
  }
}

// A search exports what its pages show: the ranked matches among the most recent candidates.
async function* searchBatches(db: Executor, text: string, conditions: SQL[]): AsyncGenerator<ExportRow[]> {
  let cursor: string | undefined;
  for (;;) {
    const found = await searchQueue(db, { text, conditions, cursor });
    const shown = found.rows.slice(0, QUEUE_PAGE_SIZE);
    if (shown.length) yield loadExportRows(db, shown.map((row) => row.id));
    if (found.rows.length <= QUEUE_PAGE_SIZE) return;
    cursor = encodeCursor('relevance', shown.at(-1)!.keys);
  }
}

