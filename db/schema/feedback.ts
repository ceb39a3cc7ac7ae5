import { sql } from 'drizzle-orm';
import { check, pgTable, smallint, text, timestamp, uuid } from 'drizzle-orm/pg-core';
import { tickets } from './tickets';
import { users } from './users';

export const feedback = pgTable(
  'feedback',
  {
    // One rating per ticket: the primary key settles a double submission.
    ticketId: uuid()
      .primaryKey()
      .references(() => tickets.id, { onDelete: 'cascade' }),
    rating: smallint().notNull(),
    comment: text(),
    authorId: uuid().references(() => users.id, { onDelete: 'set null' }),
    createdAt: timestamp({ withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [check('feedback_rating_range', sql`${t.rating} between 1 and 5`)],
);
