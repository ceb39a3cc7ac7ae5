import { ticketPriority } from '@/db/schema';
import type { QueueSort } from './queue-schema';

/** What a page's last row says about where the next page starts, per ordering. */
export type CursorOrder = QueueSort | 'relevance';
export type Cursor = { order: CursorOrder; keys: string[] };

// Timestamps travel as text to the microsecond, as stored: a Date would round them to the
// millisecond, and rows sharing that millisecond would fall between two pages.
const timestamp = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}\.\d{6}Z$/;
const uuid = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/;
const rank = /^-?\d+(\.\d+)?(e-?\d+)?$/;
const priorities = new Set<string>(ticketPriority.enumValues);

const shapes: Record<CursorOrder, Array<(value: string) => boolean>> = {
  activity: [(v) => timestamp.test(v), (v) => uuid.test(v)],
  created: [(v) => timestamp.test(v), (v) => uuid.test(v)],
  priority: [(v) => priorities.has(v), (v) => timestamp.test(v), (v) => uuid.test(v)],
  relevance: [(v) => rank.test(v) && v.length <= 30, (v) => timestamp.test(v), (v) => uuid.test(v)],
};

export function encodeCursor(order: CursorOrder, keys: string[]): string {
  return Buffer.from([order, ...keys].join('|')).toString('base64url');
}

/** A cursor this code issued for the same ordering, or null: anything else starts from the top. */
export function decodeCursor(value: string | undefined, order: CursorOrder): string[] | null {
  if (!value) return null;
  const [tag, ...keys] = Buffer.from(value, 'base64url').toString().split('|');
  const shape = shapes[order];
  if (tag !== order || keys.length !== shape.length) return null;
  return keys.every((key, index) => shape[index]?.(key)) ? keys : null;
}
