import { type SQL, sql } from 'drizzle-orm';

/**
 * Page cursors for lists ordered by a timestamp, then id. The timestamp is kept to the
 * microsecond, as stored: a Date would round it to the millisecond, and rows sharing that
 * millisecond would then fall between two pages.
 */
export type KeysetCursor = { at: string; id: string };

export function timestampKey(value: SQL): SQL<string> {
  return sql<string>`to_char((${value}) at time zone 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS.US"Z"')`;
}

export function encodeCursor(cursor: KeysetCursor): string {
  return Buffer.from(`${cursor.at}|${cursor.id}`).toString('base64url');
}

/** The cursor, or null for anything that is not one of ours (a hand-edited address). */
export function decodeCursor(cursor: string | undefined): KeysetCursor | null {
  if (!cursor) return null;
  const [at, id] = Buffer.from(cursor, 'base64url').toString().split('|');
  if (!at || !/^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}\.\d{6}Z$/.test(at) || Number.isNaN(Date.parse(at))) return null;
  if (!id || !/^[0-9a-f-]{36}$/.test(id)) return null;
  return { at, id };
}
