import { integer, jsonb, pgTable, text, timestamp, varchar } from 'drizzle-orm/pg-core';

// Counters for rate limits, shared by every app instance (rate-limiter-flexible's Drizzle store).
export const rateLimits = pgTable('rate_limits', {
  key: varchar({ length: 255 }).primaryKey(),
  points: integer().notNull().default(0),
  expire: timestamp({ withTimezone: true }),
});

export const settings = pgTable('settings', {
  key: varchar({ length: 80 }).primaryKey(),
  value: jsonb().notNull(),
  updatedAt: timestamp({ withTimezone: true }).notNull().defaultNow(),
  updatedBy: text(),
});
