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

/**
 * One row per signed-in browser: the session cookie names its row, and a session whose row is
 * revoked, expired or gone stops working at the next request (sign-out, "sign out everywhere",
 * a password change, a suspension).
 */
export const userSessions = pgTable(
  'user_sessions',
  {
    id: uuid().primaryKey().defaultRandom(),
    userId: uuid()
      .notNull()
      .references(() => users.id, { onDelete: 'cascade' }),
    createdAt: timestamp({ withTimezone: true }).notNull().defaultNow(),
    lastSeenAt: timestamp({ withTimezone: true }).notNull().defaultNow(),
    expiresAt: timestamp({ withTimezone: true }).notNull(),
    revokedAt: timestamp({ withTimezone: true }),
    userAgent: varchar({ length: 300 }),
    ip: varchar({ length: 64 }),
  },
  (t) => [index('user_sessions_user_idx').on(t.userId, t.revokedAt)],
);

/** Single-use password reset links; only the SHA-256 of the token is kept. */
export const passwordResetTokens = pgTable(
  'password_reset_tokens',
  {
    id: uuid().primaryKey().defaultRandom(),
    userId: uuid()
      .notNull()
      .references(() => users.id, { onDelete: 'cascade' }),
    tokenHash: varchar({ length: 64 }).notNull().unique(),
    createdAt: timestamp({ withTimezone: true }).notNull().defaultNow(),
    expiresAt: timestamp({ withTimezone: true }).notNull(),
    usedAt: timestamp({ withTimezone: true }),
    requestIp: varchar({ length: 64 }),
  },
  (t) => [index('password_reset_tokens_user_idx').on(t.userId, t.createdAt)],
);

export type User = typeof users.$inferSelect;
export type NewUser = typeof users.$inferInsert;
