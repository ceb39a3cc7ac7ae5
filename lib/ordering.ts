import { inArray, type SQL, sql } from 'drizzle-orm';
import type { PgColumn, PgTable } from 'drizzle-orm/pg-core';
import type { Transaction } from '@/db/client';

export type MoveDirection = 'up' | 'down';

/**
 * The list with `id` swapped with its neighbour; null when it is already first (up) or last
 * (down), or not in the list.
 */
export function moveInList(ids: readonly string[], id: string, direction: MoveDirection): string[] | null {
  const index = ids.indexOf(id);
  const other = direction === 'up' ? index - 1 : index + 1;
  if (index < 0 || other < 0 || other >= ids.length) return null;
  const next = [...ids];
  [next[index], next[other]] = [next[other] as string, next[index] as string];
  return next;
}

/** A list kept in order by a position column: its rows (`where`) in their shown order (`orderBy`). */
export type PositionedList = { table: PgTable; id: PgColumn; position: PgColumn; where?: SQL; orderBy: SQL[] };

/**
 * Moves a row one place up or down its list and writes the whole list's positions as 1…n, which
 * also repairs ties and gaps left by earlier writes. Returns its place before and after (1-based),
 * or null when it stays put at either end. The caller holds the lock that serialises the list.
 */
export async function moveWithinList(
  tx: Transaction,
  list: PositionedList,
  id: string,
  direction: MoveDirection,
): Promise<{ from: number; to: number } | null> {
  const rows = await tx
    .select({ id: list.id })
    .from(list.table)
    .where(list.where)
    .orderBy(...list.orderBy);
  const ids = rows.map((row) => String(row.id));
  const order = moveInList(ids, id, direction);
  if (!order) return null;
  const positions = sql.join(
    order.map((rowId, index) => sql`when ${rowId}::uuid then ${index + 1}::int`),
    sql` `,
  );
  await tx.execute(
    sql`update ${list.table} set ${sql.identifier(list.position.name)} = case ${list.id} ${positions} end where ${inArray(list.id, order)}`,
  );
  return { from: ids.indexOf(id) + 1, to: order.indexOf(id) + 1 };
}
