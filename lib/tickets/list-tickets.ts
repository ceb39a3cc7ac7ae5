import 'server-only';
import { and, desc, eq, isNull, lt, or, type SQL } from 'drizzle-orm';
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

function decodeCursor(cursor: string | undefined): { at: Date; id: string } | null {
  if (!cursor) return null;
  const [at, id] = Buffer.from(cursor, 'base64url').toString().split('|');
  const date = new Date(at ?? '');
  if (!id || Number.isNaN(date.getTime()) || !/^[0-9a-f-]{36}$/.test(id)) return null;
  return { at: date, id };
}

function encodeCursor(row: { lastActivityAt: Date; id: string }): string {
  return Buffer.from(`${row.lastActivityAt.toISOString()}|${row.id}`).toString('base64url');
}

/**
 * Live tickets by latest activity, for staff. Keyset pagination on (last activity, id) reads
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
    const before = or(
      lt(tickets.lastActivityAt, cursor.at),
      and(eq(tickets.lastActivityAt, cursor.at), lt(tickets.id, cursor.id)),
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
    })
    .from(tickets)
    .innerJoin(categories, eq(categories.id, tickets.categoryId))
    .leftJoin(assignees, eq(assignees.id, tickets.assigneeId))
    .where(and(...conditions))
    .orderBy(desc(tickets.lastActivityAt), desc(tickets.id))
    .limit(PAGE_SIZE + 1);

  const page = rows.slice(0, PAGE_SIZE).map(({ lastMessageBy, ...row }) => ({
    ...row,
    needsReply: lastMessageBy === 'requester' && row.status !== 'resolved' && row.status !== 'closed',
  }));
  const last = page.at(-1);
  return { rows: page, nextCursor: rows.length > PAGE_SIZE && last ? encodeCursor(last) : null };
}
