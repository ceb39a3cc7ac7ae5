import { sql, type SQL } from 'drizzle-orm';
import { index, pgTable, text, timestamp, uuid, varchar } from 'drizzle-orm/pg-core';
import { messageAuthorKind, messageVisibility } from './enums';
import { tickets } from './tickets';
import { tsvector } from './tsvector';
import { users } from './users';

export const ticketMessages = pgTable(
  'ticket_messages',
  {
    id: uuid().primaryKey().defaultRandom(),
    ticketId: uuid()
      .notNull()
      .references(() => tickets.id, { onDelete: 'cascade' }),
    visibility: messageVisibility().notNull(),
    authorKind: messageAuthorKind().notNull(),
    // A user when signed in; the requester's name and email as submitted otherwise.
    authorId: uuid().references(() => users.id, { onDelete: 'set null' }),
    authorName: varchar({ length: 120 }).notNull(),
    authorEmail: varchar({ length: 254 }),
    body: text().notNull(),
    // 'email' when the message came in by mail (lib/mail/inbound); 'web' for the app and the API.
    source: varchar({ length: 16 }).notNull().default('web'),
    createdAt: timestamp({ withTimezone: true }).notNull().defaultNow(),
    searchVector: tsvector().generatedAlwaysAs((): SQL => sql`to_tsvector('english', coalesce(${ticketMessages.body}, ''))`),
  },
  (t) => [
    index('ticket_messages_ticket_idx').on(t.ticketId, t.visibility, t.createdAt),
    index('ticket_messages_search_idx').using('gin', t.searchVector),
    // Desk search walks the newest messages when a word is common (lib/tickets/queue-search.ts).
    index('ticket_messages_created_idx').on(t.createdAt),
  ],
);

export type TicketMessage = typeof ticketMessages.$inferSelect;
