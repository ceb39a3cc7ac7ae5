import 'server-only';
import { and, desc, eq, ilike, inArray, isNull, lt, or, type SQL, sql } from 'drizzle-orm';
import { z } from 'zod';
import { getDb } from '@/db/client';
import { type StaffStatus, type TicketStatus, tickets, type UserRole, users } from '@/db/schema';
import type { Actor } from '@/lib/access/actor';
import { assertCan } from '@/lib/access/permissions';
import { instantCursor, instantKey } from '@/lib/cursor';
import { AppError, notFound, parseInput } from '@/lib/errors';
import { openTicketStatuses } from '@/lib/vocabulary';
import { userListSchema, userSearchSchema } from './schemas';

export type UserListRow = {
  id: string;
  name: string;
  email: string;
  role: UserRole;
  staffStatus: StaffStatus | null;
  createdAt: Date;
};

export type UserTicket = { number: string; subject: string; status: TicketStatus; createdAt: Date };

export type UserOverview = UserListRow & {
  phone: string | null;
  statusReason: string | null;
  requested: { count: number; latest: UserTicket[] };
  /** Open tickets assigned to a staff member; null for customers. */
  assigned: { count: number; latest: UserTicket[] } | null;
};

const RESULTS = 50;
const LATEST = 5;

/** A LIKE pattern that matches the text literally, whatever % or _ it holds. */
export function containsPattern(text: string): string {
  return `%${text.replace(/[\\%_]/g, (c) => `\\${c}`)}%`;
}

/**
 * Finds accounts whose name or email contains the text, ignoring case; names and emails that
 * start with it come first. Without a search, the newest accounts.
 */
export async function searchUsers(actor: Actor, input: unknown): Promise<UserListRow[]> {
  assertCan(actor, 'user:list');
  const { q } = parseInput(userSearchSchema, input);
  const db = await getDb();
  const query = db
    .select({
      id: users.id,
      name: users.name,
      email: users.email,
      role: users.role,
      staffStatus: users.staffStatus,
      createdAt: users.createdAt,
    })
    .from(users);
  if (!q) return query.orderBy(desc(users.createdAt), desc(users.id)).limit(RESULTS);
  const prefix = `${q.replace(/[\\%_]/g, (c) => `\\${c}`)}%`;
  const startsWith = sql`(${users.name} ilike ${prefix} or ${users.email} ilike ${prefix})`;
  return query
    .where(or(ilike(users.name, containsPattern(q)), ilike(users.email, containsPattern(q))))
    .orderBy(desc(startsWith), sql`lower(${users.name})`, users.id)
    .limit(RESULTS);
}

export type UserPage = { users: UserListRow[]; nextCursor: string | null };

/**
 * Accounts newest first, a page at a time: the search of searchUsers (without its ranking, which
 * no keyset could follow), narrowed by role and staff status. A cursor it did not issue is 400.
 */
export async function listUsers(actor: Actor, input: unknown): Promise<UserPage> {
  assertCan(actor, 'user:list');
  const { q, role, status, cursor: raw, limit } = parseInput(userListSchema, input);
  const cursor = instantCursor.decode(raw);
  if (raw && !cursor) throw new AppError('bad_request', 'The cursor is not one this API issued.', { fields: { cursor: ['Pass the nextCursor of a previous page.'] } });
  const key = instantKey(users.createdAt);
  const db = await getDb();
  const rows = await db
    .select({ id: users.id, name: users.name, email: users.email, role: users.role, staffStatus: users.staffStatus, createdAt: users.createdAt, key })
    .from(users)
    .where(
      and(
        q ? or(ilike(users.name, containsPattern(q)), ilike(users.email, containsPattern(q))) : undefined,
        role ? eq(users.role, role) : undefined,
        status ? eq(users.staffStatus, status) : undefined,
        cursor ? or(lt(users.createdAt, sql`${cursor[0]}::timestamptz`), and(eq(users.createdAt, sql`${cursor[0]}::timestamptz`), lt(users.id, cursor[1]))) : undefined,
      ),
    )
    .orderBy(desc(users.createdAt), desc(users.id))
    .limit(limit + 1);
  const page = rows.slice(0, limit);
  const last = rows.length > limit ? page.at(-1) : undefined;
  return { users: page.map(({ key: _key, ...row }) => row), nextCursor: last ? instantCursor.encode([last.key, last.id]) : null };
}

async function ticketSummary(where: SQL | undefined): Promise<{ count: number; latest: UserTicket[] }> {
  const db = await getDb();
  const [[counted], latest] = await Promise.all([
    db.select({ count: sql<number>`count(*)::int` }).from(tickets).where(where),
    db
      .select({ number: tickets.number, subject: tickets.subject, status: tickets.status, createdAt: tickets.createdAt })
      .from(tickets)
      .where(where)
      // "nulls last" as the activity indexes are declared, so they can serve the order.
      .orderBy(sql`${tickets.lastActivityAt} desc nulls last`, desc(tickets.id))
      .limit(LATEST),
  ]);
  return { count: counted?.count ?? 0, latest };
}

/** One account with the tickets it asked for (by account or by its email) and, for staff, its open load. */
export async function getUserOverview(actor: Actor, input: { userId: string }): Promise<UserOverview> {
  assertCan(actor, 'user:list');
  if (!z.guid().safeParse(input.userId).success) throw notFound('No such user.');
  const db = await getDb();
  const [user] = await db
    .select({
      id: users.id,
      name: users.name,
      email: users.email,
      phone: users.phone,
      role: users.role,
      staffStatus: users.staffStatus,
      statusReason: users.statusReason,
      createdAt: users.createdAt,
    })
    .from(users)
    .where(eq(users.id, input.userId))
    .limit(1);
  if (!user) throw notFound('No such user.');
  const [requested, assigned] = await Promise.all([
    ticketSummary(or(eq(tickets.requesterId, user.id), eq(sql`lower(${tickets.requesterEmail})`, user.email.toLowerCase()))),
    user.role === 'customer'
      ? null
      : ticketSummary(and(eq(tickets.assigneeId, user.id), isNull(tickets.archivedAt), inArray(tickets.status, [...openTicketStatuses]))),
  ]);
  return { ...user, requested, assigned };
}
