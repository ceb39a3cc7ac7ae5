import 'server-only';
import { and, eq } from 'drizzle-orm';
import { getDb } from '@/db/client';
import { tickets } from '@/db/schema';
import type { Actor } from '@/lib/access/actor';
import { assertCan } from '@/lib/access/permissions';
import { AppError, FIELDS_INVALID_MESSAGE, type FieldErrors, parseInput } from '@/lib/errors';
import { decodeCursor, encodeCursor } from './cursor';
import { readQueueDates } from './dates';
import { queueConditions } from './filters';
import { queueOrderings } from './order';
import { loadQueueRows, type QueueRow } from './rows';
import { firstParams, parseQueueQuery, queueLimitSchema, type QueueQuery, type QueueSort } from './schema';
import { searchQueue } from './search';
import { ticketNumberSchema } from '../schemas';

export type QueuePage = {
  query: QueueQuery;
  rows: QueueRow[];
  nextCursor: string | null;
  /** Search results come ranked by relevance, whatever the sort says. */
  ranked: boolean;
  /** The search hit its candidate limit: more words or filters would find older matches. */
  capped: boolean;
  /** The search text is a ticket number that exists: the page links to it, whatever the view. */
  exactNumber: string | null;
  /** Date filters that were left out, with why, for the filter form to show. */
  dateErrors: FieldErrors | null;
};

type Keyed = { id: string; keys: string[] };

/**
 * One page of a desk queue: a view, narrowed by filters, ordered by the chosen sort, or ranked by
 * relevance when there is search text. Keyset pagination: the page after is found from the last
 * row's sort keys, so page 500 costs what page 1 costs, and nothing counts the whole table. The
 * page size is QUEUE_PAGE_SIZE unless the API asks for another (`limit`, 1 to 100, checked strictly).
 */
export async function listQueue(
  actor: Actor,
  input: Record<string, string | string[] | undefined> = {},
  options: { limit?: unknown; strictDates?: boolean } = {},
): Promise<QueuePage> {
  assertCan(actor, 'ticket:list-all');
  if (actor.kind !== 'user') throw new AppError('unauthorized', 'Please sign in to continue.');
  const query = parseQueueQuery(input);
  const dateErrors = readQueueDates(firstParams(input)).errors;
  // The API refuses what the desk's form shows as field errors beside a list without those filters.
  if (dateErrors && options.strictDates) throw new AppError('validation', FIELDS_INVALID_MESSAGE, { fields: dateErrors });
  const { limit } = parseInput(queueLimitSchema, { limit: options.limit });
  const db = await getDb();
  const conditions = queueConditions(actor.id, query);
  const empty = { query, rows: [], nextCursor: null, capped: false, dateErrors };

  if (query.q) {
    const exactNumber = await existingNumber(query.q);
    if (!conditions) return { ...empty, ranked: true, exactNumber };
    const found = await searchQueue(db, { text: query.q, conditions, cursor: query.cursor, limit });
    return { query, ...(await page(found.rows, 'relevance')), ranked: true, capped: found.capped, exactNumber, dateErrors };
  }
  if (!conditions) return { ...empty, ranked: false, exactNumber: null };

  const order = query.view === 'due' ? 'due' : query.sort;
  const ordering = queueOrderings[order];
  const after = decodeCursor(query.cursor, order);
  const rows = await db
    .select({ id: tickets.id, ...Object.fromEntries(ordering.keys.map((key, i) => [`k${i}`, key])) })
    .from(tickets)
    .where(and(...conditions, after ? ordering.after(after) : undefined))
    .orderBy(...ordering.by)
    .limit(limit + 1);
  const keyed = rows.map((row) => {
    const values = row as { id: string } & Record<string, string>;
    return { id: values.id, keys: [...ordering.keys.map((_, i) => String(values[`k${i}`])), values.id] };
  });
  return { query, ...(await page(keyed, order)), ranked: false, capped: false, exactNumber: null, dateErrors };

  async function page(found: Keyed[], order: QueueSort | 'due' | 'relevance') {
    const shown = found.slice(0, limit);
    const last = found.length > limit ? shown.at(-1) : undefined;
    return { rows: await loadQueueRows(db, shown.map((row) => row.id)), nextCursor: last ? encodeCursor(order, last.keys) : null };
  }
}

async function existingNumber(text: string): Promise<string | null> {
  const number = ticketNumberSchema.safeParse(text);
  if (!number.success) return null;
  const db = await getDb();
  const [row] = await db.select({ number: tickets.number }).from(tickets).where(eq(tickets.number, number.data)).limit(1);
  return row?.number ?? null;
}
