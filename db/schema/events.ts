import { index, jsonb, pgTable, text, timestamp, uuid, varchar } from 'drizzle-orm/pg-core';
import { auditKind, ticketEventKind } from './enums';
import { ticketMessages } from './messages';
import { tickets } from './tickets';
import { users } from './users';

// Append-only: rows are inserted with each change and never updated. The ticket number is kept
// beside the id so that the trail of a deleted ticket still says which one it was.
export const ticketEvents = pgTable(
  'ticket_events',
  {
    id: uuid().primaryKey().defaultRandom(),
    ticketId: uuid().references(() => tickets.id, { onDelete: 'set null' }),
    ticketNumber: varchar({ length: 24 }).notNull(),
    actorId: uuid().references(() => users.id, { onDelete: 'set null' }),
    actorName: varchar({ length: 120 }).notNull(),
    kind: ticketEventKind().notNull(),
    fromValue: text(),
    toValue: text(),
    // The reply or note a `replied` / `note_added` event is about.
    messageId: uuid().references(() => ticketMessages.id, { onDelete: 'set null' }),
    createdAt: timestamp({ withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [
    index('ticket_events_ticket_idx').on(t.ticketId, t.createdAt),
    index('ticket_events_created_idx').on(t.createdAt.desc()),
    index('ticket_events_actor_idx').on(t.actorId, t.createdAt.desc()),
  ],
);

// The same promise for everything that is not a ticket: accounts, agents, FAQ, settings.
export const auditEvents = pgTable(
  'audit_events',
  {
    id: uuid().primaryKey().defaultRandom(),
    actorId: uuid().references(() => users.id, { onDelete: 'set null' }),
    actorName: varchar({ length: 120 }).notNull(),
    kind: auditKind().notNull(),
    subjectType: varchar({ length: 40 }).notNull(),
    subjectId: uuid(),
    subjectLabel: varchar({ length: 254 }),
    fromValue: text(),
    toValue: text(),
    detail: jsonb().$type<Record<string, unknown>>(),
    createdAt: timestamp({ withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [
    index('audit_events_created_idx').on(t.createdAt.desc()),
    index('audit_events_subject_idx').on(t.subjectType, t.subjectId),
  ],
);
