import { index, pgTable, timestamp, uuid, varchar } from 'drizzle-orm/pg-core';
import { notificationKind } from './enums';
import { tickets } from './tickets';
import { users } from './users';

export const notifications = pgTable(
  'notifications',
  {
    id: uuid().primaryKey().defaultRandom(),
    userId: uuid()
      .notNull()
      .references(() => users.id, { onDelete: 'cascade' }),
    ticketId: uuid().references(() => tickets.id, { onDelete: 'cascade' }),
    kind: notificationKind().notNull(),
    // Written when the event happens, as the recipient should read it: "Ana replied on HD-… ".
    title: varchar({ length: 300 }).notNull().default(''),
    // Where the entry leads, an app path such as /desk/tickets/HD-20261203-0001.
    href: varchar({ length: 300 }).notNull().default('/'),
    actorName: varchar({ length: 120 }),
    readAt: timestamp({ withTimezone: true }),
    createdAt: timestamp({ withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [
    // Unread first, and the count of unread.
    index('notifications_user_idx').on(t.userId, t.readAt, t.createdAt.desc()),
    // The whole list, newest first, in keyset pages: ascending, as a backward scan serves
    // ORDER BY … DESC and a DESC NULLS LAST index would not.
    index('notifications_user_created_idx').on(t.userId, t.createdAt, t.id),
  ],
);
