import { asc, desc, type SQL, sql } from 'drizzle-orm';
import { tickets } from '@/db/schema';
import { instantKey } from '@/lib/cursor';
import type { QueueSort } from './schema';

/** Each sort as ORDER BY columns, the keys a cursor carries, and the condition for rows after them. */
export const queueOrderings: Record<QueueSort | 'due', { by: SQL[]; keys: SQL<string>[]; after: (keys: readonly string[]) => SQL }> = {
  activity: {
    by: [desc(tickets.lastActivityAt), desc(tickets.id)],
    keys: [instantKey(tickets.lastActivityAt)],
    after: ([at, id]) => sql`(${tickets.lastActivityAt}, ${tickets.id}) < (${at}::timestamptz, ${id}::uuid)`,
  },
  created: {
    by: [desc(tickets.createdAt), desc(tickets.id)],
    keys: [instantKey(tickets.createdAt)],
    after: ([at, id]) => sql`(${tickets.createdAt}, ${tickets.id}) < (${at}::timestamptz, ${id}::uuid)`,
  },
  // The Due soon view's one order, whatever the sort says: the next due time first.
  due: {
    by: [asc(tickets.slaDueAt), asc(tickets.id)],
    keys: [instantKey(tickets.slaDueAt)],
    after: ([at, id]) => sql`(${tickets.slaDueAt}, ${tickets.id}) > (${at}::timestamptz, ${id}::uuid)`,
  },
  priority: {
    by: [desc(tickets.priority), desc(tickets.lastActivityAt), desc(tickets.id)],
    keys: [sql<string>`${tickets.priority}::text`, instantKey(tickets.lastActivityAt)],
    after: ([priority, at, id]) =>
      sql`(${tickets.priority}, ${tickets.lastActivityAt}, ${tickets.id}) < (${priority}::ticket_priority, ${at}::timestamptz, ${id}::uuid)`,
  },
};
