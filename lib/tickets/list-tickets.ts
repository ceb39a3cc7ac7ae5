import 'server-only';
import { and, desc, eq, isNull, lt, or, type SQL, sql } from 'drizzle-orm';
import { alias } from 'drizzle-orm/pg-core';
import { getDb } from '@/db/client';
import { categories, type TicketPriority, type TicketStatus, tickets, users } from '@/db/schema';
import type { Actor } from '@/lib/auth/actor';
import { assertCan } from '@/lib/auth/permissions';

export type TicketRow = {
  id: string;
  number: string;
  subject: string;
  requesterName: string;
  category: string;
  priority: TicketPriority;
  status: TicketStatus;
  assignee: string | null;
  needsReply: boolean;
  createdAt: Date;
  lastActivityAt: Date;
};

export type TicketPage = { rows: TicketRow[]; nextCursor: string | null };

const assignees = alias(users, 'assignees');
const PAGE_SIZE = 50;

// The cursor keeps the timestamp to the microsecond, as stored: a Date would round it to the
// millisecond, and rows sharing that millisecond would then fall between two pages.
const activityKey = sql<string>`to_char(${tickets.lastActivityAt} at time zone 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS.US"Z"')`;

function decodeCursor(cursor: string | undefined): { at: string; id: string } | null {
  if (!cursor) return null;
  const [at, id] = Buffer.from(cursor, 'base64url').toString().split('|');
  if (!at || !/^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}\.\d{6}Z$/.test(at) || Number.isNaN(Date.parse(at))) return null;
  if (!id || !/^[0-9a-f-]{36}$/.test(id)) return null;
  return { at, id };
}

function encodeCursor(row: { activityKey: string; id: string }): string {
  return Buffer.from(`${row.activityKey}|${row.id}`).toString('base64url');
}

/**
 * Every live ticket by latest activity, for staff. The desk's queues use listQueue
 * (queue-list.ts), which adds views, filters, sorts and search on the same keyset principle. Keyset pagination on (last activity, id) reads
 * one index range per page however deep the page is.
 */
export async function listRecentTickets(
  actor: Actor,
  input: { status?: TicketStatus; cursor?: string } = {},
): Promise<TicketPage> {
  assertCan(actor, 'ticket:list-all');
  const cursor = decodeCursor(input.cursor);
  const conditions: SQL[] = [isNull(tickets.archivedAt)];
  if (input.status) conditions.push(eq(tickets.status, input.status));
  if (cursor) {
    const at = sql`${cursor.at}::timestamptz`;
    const before = or(
      lt(tickets.lastActivityAt, at),
      and(eq(tickets.lastActivityAt, at), lt(tickets.id, cursor.id)),
    );
    if (before) conditions.push(before);
  }
  const db = await getDb();
  const rows = await db
    .select({
      id: tickets.id,
      number: tickets.number,
      subject: tickets.subject,
      requesterName: tickets.requesterName,
      category: categories.name,
      priority: tickets.priority,
      status: tickets.status,
      assignee: assignees.name,
      lastMessageBy: tickets.lastMessageBy,
      createdAt: tickets.createdAt,
      lastActivityAt: tickets.lastActivityAt,
      activityKey,
    })
    .from(tickets)
    .innerJoin(categories, eq(categories.id, tickets.categoryId))
    .leftJoin(assignees, eq(assignees.id, tickets.assigneeId))
    .where(and(...conditions))
    .orderBy(desc(tickets.lastActivityAt), desc(tickets.id))
    .limit(PAGE_SIZE + 1);

  const page = rows.slice(0, PAGE_SIZE).map(({ lastMessageBy, activityKey: _key, ...row }) => ({
    ...row,
    needsReply: lastMessageBy === 'requester' && row.status !== 'resolved' && row.status !== 'closed',
  }));
  const last = rows.length > PAGE_SIZE ? rows[PAGE_SIZE - 1] : undefined;
  return { rows: page, nextCursor: last ? encodeCursor(last) : null };
}
