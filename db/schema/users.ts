import { sql } from 'drizzle-orm';
import { index, pgTable, text, timestamp, uniqueIndex, uuid, varchar } from 'drizzle-orm/pg-core';
import { staffStatus, userRole } from './enums';

export const users = pgTable(
  'users',
  {
    id: uuid().primaryKey().defaultRandom(),
    // Stored lower-cased; the unique index on lower(email) also guards writes that forget to.
    email: varchar({ length: 254 }).notNull(),
    name: varchar({ length: 120 }).notNull(),
    phone: varchar({ length: 32 }),
    passwordHash: text().notNull(),
    role: userRole().notNull().default('customer'),
    // Null for customers; agents and admins always carry one.
    staffStatus: staffStatus(),
    statusReason: varchar({ length: 500 }),
    statusChangedAt: timestamp({ withTimezone: true }),
    // Auto-assignment breaks ties between equally loaded agents by who waited longest.
    lastAssignedAt: timestamp({ withTimezone: true }),
    createdAt: timestamp({ withTimezone: true }).notNull().defaultNow(),
    updatedAt: timestamp({ withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [
    uniqueIndex('users_email_lower_key').on(sql`lower(${t.email})`),
    index('users_role_status_idx').on(t.role, t.staffStatus, t.createdAt),
  ],
);

export type User = typeof users.$inferSelect;
export type NewUser = typeof users.$inferInsert;
