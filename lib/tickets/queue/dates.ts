import { gte, lt, type SQL } from 'drizzle-orm';
import { z } from 'zod';
import { tickets } from '@/db/schema';
import type { FieldErrors } from '@/lib/errors';

/**
 * Date filters on tickets: created and last activity, each from and to a day. Days are whole UTC
 * days, as the statistics count them, and both ends are included: "to 2031-03-10" takes in
 * everything before 2031-03-11 00:00 UTC.
 */
export const queueDateFields = ['createdFrom', 'createdTo', 'activityFrom', 'activityTo'] as const;
export type QueueDateField = (typeof queueDateFields)[number];
export type QueueDates = Partial<Record<QueueDateField, string>>;

const DAY = 86_400_000;

function isCalendarDay(value: string): boolean {
  const date = new Date(`${value}T00:00:00Z`);
  return !Number.isNaN(date.getTime()) && date.toISOString().slice(0, 10) === value;
}

/** One day as YYYY-MM-DD (what an <input type="date"> sends), a real one, from 1970 to 9999. */
export const queueDaySchema = z
  .string()
  .trim()
  .superRefine((value, ctx) => {
    // One message per day: the first rule it breaks.
    if (!/^\d{4}-\d{2}-\d{2}$/.test(value)) ctx.addIssue({ code: 'custom', message: 'Enter a date as YYYY-MM-DD.' });
    else if (!isCalendarDay(value)) ctx.addIssue({ code: 'custom', message: 'Enter a date that exists.' });
    else if (value < '1970-01-01') ctx.addIssue({ code: 'custom', message: 'Enter a date from 1970 on.' });
  });

const optionalDay = z.preprocess((value) => (typeof value === 'string' && value.trim() === '' ? undefined : value), queueDaySchema.optional());

export const queueDatesSchema = z
  .object({ createdFrom: optionalDay, createdTo: optionalDay, activityFrom: optionalDay, activityTo: optionalDay })
  .superRefine((dates, ctx) => {
    if (dates.createdFrom && dates.createdTo && dates.createdTo < dates.createdFrom) {
      ctx.addIssue({ code: 'custom', path: ['createdTo'], message: 'Choose a day on or after the “created from” day.' });
    }
    if (dates.activityFrom && dates.activityTo && dates.activityTo < dates.activityFrom) {
      ctx.addIssue({ code: 'custom', path: ['activityTo'], message: 'Choose a day on or after the “last activity from” day.' });
    }
  });

/**
 * The date filters that hold, and the errors of those that do not, by field. A filter with an
 * error is left out, so the list still answers with the rest.
 */
export function readQueueDates(params: Record<string, unknown>): { dates: QueueDates; errors: FieldErrors | null } {
  const raw = Object.fromEntries(queueDateFields.map((field) => [field, params[field]]));
  const parsed = queueDatesSchema.safeParse(raw);
  if (parsed.success) return { dates: parsed.data, errors: null };
  const errors: FieldErrors = {};
  for (const issue of parsed.error.issues) (errors[String(issue.path[0])] ??= []).push(issue.message);
  const dates: QueueDates = {};
  for (const field of queueDateFields) {
    const value = raw[field];
    if (!errors[field] && typeof value === 'string' && value.trim() !== '') dates[field] = value.trim();
  }
  return { dates, errors };
}

const startOf = (day: string) => new Date(`${day}T00:00:00Z`);
const dayAfter = (day: string) => new Date(startOf(day).getTime() + DAY);

/** The SQL for the date filters: from the first instant of `from` to before the day after `to`. */
export function dateConditions(dates: QueueDates): SQL[] {
  const conditions: SQL[] = [];
  if (dates.createdFrom) conditions.push(gte(tickets.createdAt, startOf(dates.createdFrom)));
  if (dates.createdTo) conditions.push(lt(tickets.createdAt, dayAfter(dates.createdTo)));
  if (dates.activityFrom) conditions.push(gte(tickets.lastActivityAt, startOf(dates.activityFrom)));
  if (dates.activityTo) conditions.push(lt(tickets.lastActivityAt, dayAfter(dates.activityTo)));
  return conditions;
}
