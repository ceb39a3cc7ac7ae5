import 'server-only';
import { and, type SQL, sql } from 'drizzle-orm';
import { type Database, getDb } from '@/db/client';
import { tickets } from '@/db/schema';
import type { Actor } from '@/lib/access/actor';
import { assertCan } from '@/lib/access/permissions';
import { AppError } from '@/lib/errors';
import { viewConditions } from './filters';
import { type QueueView, queueViews } from './schema';

/** Counts stop here: "1,000+" says as much to an agent as "563,102", for a fraction of the work. */
export const COUNT_CAP = 1000;

export type ViewCount = { count: number; capped: boolean };

/**
 * How many tickets each view holds, each count capped: the inner LIMIT stops the index-only scan
 * after COUNT_CAP + 1 entries, so the seven counts together read at most a few thousand index
 * entries however large the table grows. One round trip for all seven, as a prepared statement:
 * planning seven subqueries against the queue indexes costs more than running them.
 */
export async function countQueueViews(actor: Actor): Promise<Record<QueueView, ViewCount>> {
  assertCan(actor, 'ticket:list-all');
  if (actor.kind !== 'user') throw new AppError('unauthorized', 'Please sign in to continue.');
  const db = await getDb();
  let counts = prepared.get(db);
  if (!counts) {
    counts = prepareCounts(db);
    prepared.set(db, counts);
  }
  const [row] = await counts.execute({ me: actor.id });
  return Object.fromEntries(
    queueViews.map((view) => {
      const count = Number(row?.[view] ?? 0);
      return [view, { count: Math.min(count, COUNT_CAP), capped: count > COUNT_CAP }];
    }),
  ) as Record<QueueView, ViewCount>;
}

function prepareCounts(db: Database) {
  const me = sql.placeholder('me');
  const columns = Object.fromEntries(
    queueViews.map((view) => {
      const capped = db.select({ one: sql`1` }).from(tickets).where(and(...viewConditions(me, view))).limit(COUNT_CAP + 1);
      return [view, sql<number>`(select count(*) from (${capped}) as capped)`.mapWith(Number)];
    }),
  ) as Record<QueueView, SQL<number>>;
  return db.select(columns).from(sql`(select 1) as one`).prepare('desk_view_counts');
}

const prepared = new WeakMap<Database, ReturnType<typeof prepareCounts>>();
