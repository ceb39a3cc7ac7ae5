import { sql, type SQL } from 'drizzle-orm';
import {
  type AnyPgColumn,
  date,
  index,
  integer,
  pgTable,
  smallint,
  text,
  timestamp,
  uuid,
  varchar,
} from 'drizzle-orm/pg-core';
import { categories } from './categories';
import { messageAuthorKind, ticketChannel, ticketPriority, ticketStatus } from './enums';
import { tsvector } from './tsvector';
import { users } from './users';
import { openTicketStatuses } from './values';

// Inlined as literals: a partial index's predicate cannot take parameters.
const openStatusList = sql.raw(`(${openTicketStatuses.map((status) => `'${status}'`).join(', ')})`);

export const tickets = pgTable(
  'tickets',
  {
    id: uuid().primaryKey().defaultRandom(),
    number: varchar({ length: 24 }).notNull().unique(),
    subject: varchar({ length: 200 }).notNull(),
    description: text().notNull(),
    categoryId: uuid()
      .notNull()
      .references(() => categories.id),
    priority: ticketPriority().notNull().default('medium'),
    status: ticketStatus().notNull().default('open'),
    archivedAt: timestamp({ withTimezone: true }),
    requesterId: uuid().references(() => users.id, { onDelete: 'set null' }),
    requesterName: varchar({ length: 120 }).notNull(),
    requesterEmail: varchar({ length: 254 }).notNull(),
    requesterPhone: varchar({ length: 32 }),
    externalRef: varchar({ length: 100 }),
    channel: ticketChannel().notNull(),
    assigneeId: uuid().references(() => users.id, { onDelete: 'set null' }),
    assignedAt: timestamp({ withTimezone: true }),
    resolvedById: uuid().references(() => users.id, { onDelete: 'set null' }),
    parentTicketId: uuid().references((): AnyPgColumn => tickets.id, { onDelete: 'set null' }),
    // Set when this ticket was merged into another: its links and mail replies lead there.
    mergedIntoId: uuid().references((): AnyPgColumn => tickets.id, { onDelete: 'set null' }),
    mergedAt: timestamp({ withTimezone: true }),
    // SHA-256 of the private tracking link's token; the token itself is never stored.
    trackingTokenHash: varchar({ length: 64 }).unique(),
    trackingTokenIssuedAt: timestamp({ withTimezone: true }),
    // The same token sealed with a key derived from AUTH_SECRET (AES-256-GCM), so that mail to a
    // visitor can carry their private link; a database dump alone does not open tickets.
    trackingTokenSealed: text(),
    // Who wrote the latest public message: a queue shows "needs reply" when it is the requester.
    lastMessageBy: messageAuthorKind().notNull().default('requester'),
    createdAt: timestamp({ withTimezone: true }).notNull().defaultNow(),
    updatedAt: timestamp({ withTimezone: true }).notNull().defaultNow(),
    lastActivityAt: timestamp({ withTimezone: true }).notNull().defaultNow(),
    // What the requester may see move: public messages and status changes, never internal work.
    lastPublicActivityAt: timestamp({ withTimezone: true }).notNull().defaultNow(),
    firstResponseAt: timestamp({ withTimezone: true }),
    resolvedAt: timestamp({ withTimezone: true }),
    closedAt: timestamp({ withTimezone: true }),
    // SLA clock (lib/sla): each due time in wall-clock time, shifted when the clock resumes after
    // a pause. `slaDueAt` is the earliest unmet one while the clock runs, null while paused or
    // untracked: the "Due soon" view reads it. `slaBreached` is a bitmask of the breaches already
    // recorded (1 first response, 2 next response, 4 resolution).
    firstResponseDueAt: timestamp({ withTimezone: true }),
    nextResponseDueAt: timestamp({ withTimezone: true }),
    resolutionDueAt: timestamp({ withTimezone: true }),
    slaDueAt: timestamp({ withTimezone: true }),
    slaPausedAt: timestamp({ withTimezone: true }),
    slaBreached: smallint().notNull().default(0),
    searchVector: tsvector().generatedAlwaysAs(
      (): SQL =>
        sql`setweight(to_tsvector('simple', coalesce(${tickets.number}, '')), 'A') || setweight(to_tsvector('english', coalesce(${tickets.subject}, '')), 'A') || setweight(to_tsvector('english', coalesce(${tickets.description}, '')), 'B') || setweight(to_tsvector('simple', coalesce(${tickets.requesterName}, '') || ' ' || coalesce(${tickets.requesterEmail}, '')), 'C')`,
    ),
  },
  (t) => [
    // Desk queues (lib/tickets/queue-filters.ts): live tickets by status, and the archive, each in
    // every sort order. The trailing columns let a filter on priority, category or assignee be
    // checked in the index alone, without reading the table. Columns are ascending: a backward
    // scan serves ORDER BY … DESC, which a DESC NULLS LAST index cannot.
    index('tickets_live_activity_idx').on(t.lastActivityAt, t.id).where(sql`${t.archivedAt} is null`),
    // All open (the default view) and Unassigned in their own order: small indexes read from the top.
    index('tickets_open_activity_idx')
      .on(t.lastActivityAt, t.id, t.assigneeId, t.priority, t.categoryId)
      .where(sql`${t.archivedAt} is null and ${t.status} in ${openStatusList}`),
    index('tickets_unassigned_activity_idx')
      .on(t.lastActivityAt, t.id, t.priority, t.categoryId)
      .where(sql`${t.archivedAt} is null and ${t.assigneeId} is null and ${t.status} in ${openStatusList}`),
    index('tickets_queue_activity_idx')
      .on(t.status, t.lastActivityAt, t.id, t.priority, t.categoryId, t.assigneeId)
      .where(sql`${t.archivedAt} is null`),
    index('tickets_queue_created_idx')
      .on(t.status, t.createdAt, t.id, t.priority, t.categoryId, t.assigneeId)
      .where(sql`${t.archivedAt} is null`),
    index('tickets_queue_priority_idx')
      .on(t.status, t.priority, t.lastActivityAt, t.id, t.categoryId, t.assigneeId)
      .where(sql`${t.archivedAt} is null`),
    index('tickets_archive_activity_idx')
      .on(t.lastActivityAt, t.id, t.status, t.priority, t.categoryId, t.assigneeId)
      .where(sql`${t.archivedAt} is not null`),
    index('tickets_archive_created_idx')
      .on(t.createdAt, t.id, t.status, t.priority, t.categoryId, t.assigneeId)
      .where(sql`${t.archivedAt} is not null`),
    index('tickets_archive_priority_idx')
      .on(t.priority, t.lastActivityAt, t.id, t.status, t.categoryId, t.assigneeId)
      .where(sql`${t.archivedAt} is not null`),
    index('tickets_assignee_activity_idx').on(t.assigneeId, t.status, t.lastActivityAt.desc()).where(sql`${t.archivedAt} is null`),
    index('tickets_category_activity_idx').on(t.categoryId, t.lastActivityAt.desc()),
    index('tickets_priority_activity_idx').on(t.priority, t.lastActivityAt.desc()),
    index('tickets_requester_activity_idx').on(t.requesterId, t.lastActivityAt.desc()),
    index('tickets_requester_public_activity_idx').on(t.requesterId, t.lastPublicActivityAt, t.id),
    index('tickets_requester_email_idx').on(sql`lower(${t.requesterEmail})`),
    index('tickets_archived_idx').on(t.archivedAt.desc()).where(sql`${t.archivedAt} is not null`),
    index('tickets_created_idx').on(t.createdAt.desc()),
    index('tickets_search_idx').using('gin', t.searchVector),
    index('tickets_sla_due_idx').on(t.slaDueAt, t.id).where(sql`${t.archivedAt} is null and ${t.slaDueAt} is not null`),
    index('tickets_merged_into_idx').on(t.mergedIntoId).where(sql`${t.mergedIntoId} is not null`),
  ],
);

// One row per day: the counter behind HD-YYYYMMDD-NNNN. An upsert increments it under a row lock,
// so concurrent submissions get distinct numbers and a deleted ticket's number is never reused.
export const ticketCounters = pgTable('ticket_counters', {
  day: date().primaryKey(),
  last: integer().notNull(),
});

export type Ticket = typeof tickets.$inferSelect;
export type NewTicket = typeof tickets.$inferInsert;
