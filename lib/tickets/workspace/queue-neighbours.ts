import 'server-only';
import { and, asc, desc, eq, type SQL, sql } from 'drizzle-orm';
import { type AnyPgColumn, alias } from 'drizzle-orm/pg-core';
import { getDb } from '@/db/client';
import { tickets } from '@/db/schema';
import type { Actor } from '@/lib/access/actor';
import { assertCan } from '@/lib/access/permissions';
import { AppError } from '@/lib/errors';
import { queueConditions, queueHref, type QueueQuery, queueQuerySchema } from '../queue';
import type { QueueSort } from '../queue/schema';
import { ticketNumberSchema } from '../schemas';

export type QueueNeighbours = {
  /** The queue's own link, to go back to it as it was. */
  queueHref: string;
  previous: string | null;
  next: string | null;
};

/** The longest queue query string carried along; a longer one is dropped, not refused. */
export const QUEUE_FROM_MAX = 1_000;

const current = alias(tickets, 'current');

/** The sort keys of a queue's order, here and for the ticket the agent is on. */
type SortKeys = Record<'createdAt' | 'id' | 'priority' | 'lastActivityAt', AnyPgColumn>;
const sortColumns = (table: SortKeys, sort: QueueSort): AnyPgColumn[] =>
  sort === 'created' ? [table.createdAt, table.id] : sort === 'priority' ? [table.priority, table.lastActivityAt, table.id] : [table.lastActivityAt, table.id];

/**
 * The tickets before and after this one in the queue the agent came from (`from`: that queue's
 * query string, as the queue's row links pass it). Found from the ticket's own sort keys, so it
 * works on any page of the queue and after the ticket itself left it (resolved, say); a search
 * is ranked by relevance, which has no place to step from, so it offers no neighbours.
 */
export async function getQueueNeighbours(actor: Actor, input: { number: string; from: unknown }): Promise<QueueNeighbours | null> {
  assertCan(actor, 'ticket:list-all');
  if (actor.kind !== 'user') throw new AppError('unauthorized', 'Please sign in to continue.');
  if (typeof input.from !== 'string' || input.from.length > QUEUE_FROM_MAX) return null;
  const number = ticketNumberSchema.safeParse(input.number);
  if (!number.success) return null;
  const { cursor: _cursor, ...query }: QueueQuery = queueQuerySchema.parse({ view: 'open', sort: 'activity', ...Object.fromEntries(new URLSearchParams(input.from)) });
  const back = queueHref(query);
  const conditions = queueConditions(actor.id, query);
  if (query.q || !conditions) return { queueHref: back, previous: null, next: null };

  const db = await getDb();
  const ours = sortColumns(tickets, query.sort);
  const theirs = db
    .select(Object.fromEntries(sortColumns(current, query.sort).map((column, i) => [`k${i}`, column])))
    .from(current)
    .where(eq(current.number, number.data));
  const tuple = sql.join(ours, sql`, `);
  const step = async (comparison: SQL, order: typeof asc) => {
    const [row] = await db
      .select({ number: tickets.number })
      .from(tickets)
      .where(and(...conditions, comparison))
      .orderBy(...ours.map((column) => order(column)))
      .limit(1);
    return row?.number ?? null;
  };
  // The queue runs in descending order: the next ticket has smaller keys, the previous larger.
  const [next, previous] = await Promise.all([step(sql`(${tuple}) < (${theirs})`, desc), step(sql`(${tuple}) > (${theirs})`, asc)]);
  return { queueHref: back, previous, next };
}
