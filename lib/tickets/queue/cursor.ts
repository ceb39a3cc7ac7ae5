import { cursorKeys, keysetCursor } from '@/lib/cursor';
import type { QueueSort } from './schema';

/** What a page's last row says about where the next page starts, per ordering. */
export type CursorOrder = QueueSort | 'due' | 'relevance';

const { instant, id, priority, rank } = cursorKeys;
const cursors = {
  activity: keysetCursor([instant, id], 'activity'),
  created: keysetCursor([instant, id], 'created'),
  due: keysetCursor([instant, id], 'due'),
  priority: keysetCursor([priority, instant, id], 'priority'),
  relevance: keysetCursor([rank, instant, id], 'relevance'),
} satisfies Record<CursorOrder, unknown>;

export function encodeCursor(order: CursorOrder, keys: readonly string[]): string {
  return (cursors[order].encode as (keys: readonly string[]) => string)(keys);
}

/** A cursor this code issued for the same ordering, or null: anything else starts from the top. */
export function decodeCursor(value: string | undefined, order: CursorOrder): readonly string[] | null {
  return cursors[order].decode(value);
}
