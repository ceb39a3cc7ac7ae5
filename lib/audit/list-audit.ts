import 'server-only';
import { and, desc, eq, gte, inArray, lt, lte, or, type SQL, sql } from 'drizzle-orm';
import { type PgColumn, unionAll } from 'drizzle-orm/pg-core';
import { getDb } from '@/db/client';
import { auditEvents, ticketEvents, tickets, users } from '@/db/schema';
import type { Actor } from '@/lib/access/actor';
import { assertCan } from '@/lib/access/permissions';
import { instantCursor, instantKey } from '@/lib/cursor';
import { AppError, parseInput } from '@/lib/errors';
import { auditFilterSchema } from './schemas';

export type AuditEntry = {
  id: string;
  source: 'ticket' | 'audit';
  kind: string;
  actorId: string | null;
  actorName: string;
  /** Set for ticket events: the ticket's number, kept even after the ticket is deleted. */
  ticketNumber: string | null;
  subjectType: string | null;
  subjectId: string | null;
  subjectLabel: string | null;
  from: string | null;
  to: string | null;
  reason: string | null;
  createdAt: Date;
};

export type AuditPage = { entries: AuditEntry[]; nextCursor: string | null };

export const AUDIT_PAGE_SIZE = 50;

// The created_at indexes are "desc nulls last"; a plain "desc" means nulls first, which they
// cannot serve, and the planner would sort the whole table for each page.
const newestFirst = (column: PgColumn) => sql`${column} desc nulls last`;

/** The shared conditions of both tables: written so that each table's created_at index can serve them. */
function common(table: { createdAt: PgColumn; id: PgColumn }, filters: { from?: string; to?: string }, cursor: readonly [at: string, id: string] | null): SQL[] {
  const conditions: SQL[] = [];
  if (filters.from) conditions.push(gte(table.createdAt, sql`${filters.from}::date::timestamp at time zone 'UTC'`));
  if (filters.to) conditions.push(lt(table.createdAt, sql`(${filters.to}::date + 1)::timestamp at time zone 'UTC'`));
  if (cursor) {
    const at = sql`${cursor[0]}::timestamptz`;
    const before = or(lt(table.createdAt, at), and(eq(table.createdAt, at), lt(table.id, cursor[1])));
    // The first, redundant bound is the one an index range scan can use.
    if (before) conditions.push(lte(table.createdAt, at), before);
  }
  return conditions;
}

/**
 * Every recorded change, newest first: ticket events and account, FAQ, category and settings
 * events merged in one query (UNION ALL), each side cut to one page before the merge, with a
 * keyset cursor on (created_at, id) so that a deep page costs what the first one does. The page
 * reads a cursor it did not issue as "from the top"; `refuseForeignCursor` (the API) says so instead.
 */
export async function listAuditLog(actor: Actor, input: unknown, { refuseForeignCursor = false } = {}): Promise<AuditPage> {
  assertCan(actor, 'audit:read');
  const filters = parseInput(auditFilterSchema, input);
  const cursor = instantCursor.decode(filters.cursor);
  if (refuseForeignCursor && filters.cursor !== undefined && cursor === null) {
    throw new AppError('bad_request', 'The cursor is not one this API issued.', { fields: { cursor: ['Pass the nextCursor of a previous page.'] } });
  }
  const [source, kind] = filters.kind ? (filters.kind.split('.') as ['ticket' | 'audit', string]) : [undefined, undefined];
  const db = await getDb();

  let ticketCondition: SQL | undefined;
  if (filters.ticket) {
    // Through the ticket's id where it still exists (indexed); by number for a deleted one.
    const [ticket] = await db.select({ id: tickets.id }).from(tickets).where(eq(tickets.number, filters.ticket)).limit(1);
    ticketCondition = ticket ? eq(ticketEvents.ticketId, ticket.id) : eq(ticketEvents.ticketNumber, filters.ticket);
  }

  const limit = AUDIT_PAGE_SIZE + 1;
  const ticketSide = db
    .select({
      id: ticketEvents.id,
      key: instantKey(ticketEvents.createdAt).as('key'),
      createdAt: ticketEvents.createdAt,
      source: sql<'ticket' | 'audit'>`'ticket'`.as('source'),
      kind: sql<string>`${ticketEvents.kind}::text`.as('kind'),
      actorId: ticketEvents.actorId,
      actorName: ticketEvents.actorName,
      ticketNumber: sql<string | null>`${ticketEvents.ticketNumber}`.as('ticket_number'),
      subjectType: sql<string | null>`null::varchar`.as('subject_type'),
      subjectId: sql<string | null>`null::uuid`.as('subject_id'),
      subjectLabel: sql<string | null>`null::varchar`.as('subject_label'),
      from: ticketEvents.fromValue,
      to: ticketEvents.toValue,
      reason: sql<string | null>`null::text`.as('reason'),
    })
    .from(ticketEvents)
    .where(
      and(
        ...common(ticketEvents, filters, cursor),
        filters.actor ? eq(ticketEvents.actorId, filters.actor) : undefined,
        ticketCondition,
        source === 'ticket' ? sql`${ticketEvents.kind}::text = ${kind}` : undefined,
      ),
    )
    .orderBy(newestFirst(ticketEvents.createdAt), desc(ticketEvents.id))
    .limit(limit);

  const auditSide = db
    .select({
      id: auditEvents.id,
      key: instantKey(auditEvents.createdAt).as('key'),
      createdAt: auditEvents.createdAt,
      source: sql<'ticket' | 'audit'>`'audit'`.as('source'),
      kind: sql<string>`${auditEvents.kind}::text`.as('kind'),
      actorId: auditEvents.actorId,
      actorName: auditEvents.actorName,
      ticketNumber: sql<string | null>`null::varchar`.as('ticket_number'),
      subjectType: sql<string | null>`${auditEvents.subjectType}`.as('subject_type'),
      subjectId: sql<string | null>`${auditEvents.subjectId}`.as('subject_id'),
      subjectLabel: sql<string | null>`${auditEvents.subjectLabel}`.as('subject_label'),
      from: auditEvents.fromValue,
      to: auditEvents.toValue,
      reason: sql<string | null>`${auditEvents.detail}->>'reason'`.as('reason'),
    })
    .from(auditEvents)
    .where(
      and(
        ...common(auditEvents, filters, cursor),
        filters.actor ? eq(auditEvents.actorId, filters.actor) : undefined,
        source === 'audit' ? sql`${auditEvents.kind}::text = ${kind}` : undefined,
      ),
    )
    .orderBy(newestFirst(auditEvents.createdAt), desc(auditEvents.id))
    .limit(limit);

  const wantTickets = source !== 'audit';
  const wantAudit = source !== 'ticket' && !filters.ticket;
  const query =
    wantTickets && wantAudit
      ? unionAll(ticketSide, auditSide).orderBy(sql`created_at desc nulls last`, sql`id desc`).limit(limit)
      : wantTickets
        ? ticketSide
        : auditSide;
  const rows = await query;

  const entries = rows.slice(0, AUDIT_PAGE_SIZE).map(({ key: _key, ...entry }) => ({ ...entry, createdAt: new Date(entry.createdAt) }));
  const last = rows.length > AUDIT_PAGE_SIZE ? rows[AUDIT_PAGE_SIZE - 1] : undefined;
  return { entries, nextCursor: last ? instantCursor.encode([last.key, last.id]) : null };
}

/** Who the actor filter offers: every agent and admin, whatever their status now. */
export async function listAuditActors(actor: Actor): Promise<Array<{ id: string; name: string; email: string }>> {
  assertCan(actor, 'audit:read');
  const db = await getDb();
  return db
    .select({ id: users.id, name: users.name, email: users.email })
    .from(users)
    .where(inArray(users.role, ['agent', 'admin']))
    .orderBy(sql`lower(${users.name})`, users.id);
}
