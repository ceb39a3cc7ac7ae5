import { index, integer, pgTable, text, timestamp, uuid, varchar } from 'drizzle-orm/pg-core';
import { users } from './users';

/**
 * Canned answers for the composer. A reply with an owner is that agent's own; one without is
 * shared with every agent and kept by admins. `usageCount` puts the most used first in the picker.
 */
export const savedReplies = pgTable(
  'saved_replies',
  {
    id: uuid().primaryKey().defaultRandom(),
    ownerId: uuid().references(() => users.id, { onDelete: 'cascade' }),
    title: varchar({ length: 120 }).notNull(),
    body: text().notNull(),
    usageCount: integer().notNull().default(0),
    lastUsedAt: timestamp({ withTimezone: true }),
    createdById: uuid().references(() => users.id, { onDelete: 'set null' }),
    createdAt: timestamp({ withTimezone: true }).notNull().defaultNow(),
    updatedAt: timestamp({ withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [index('saved_replies_owner_idx').on(t.ownerId, t.usageCount.desc())],
);

export type SavedReply = typeof savedReplies.$inferSelect;
