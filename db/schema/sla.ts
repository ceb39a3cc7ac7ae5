import { date, integer, pgTable, timestamp, varchar } from 'drizzle-orm/pg-core';
import { ticketPriority } from './enums';

/**
 * Service targets per priority, in business minutes; a null target is not tracked. Business hours
 * themselves live in `settings` (lib/sla), the days off here.
 */
export const slaTargets = pgTable('sla_targets', {
  priority: ticketPriority().primaryKey(),
  firstResponseMinutes: integer(),
  nextResponseMinutes: integer(),
  resolutionMinutes: integer(),
  updatedAt: timestamp({ withTimezone: true }).notNull().defaultNow(),
});

export const slaHolidays = pgTable('sla_holidays', {
  day: date().primaryKey(),
  name: varchar({ length: 120 }).notNull(),
});
