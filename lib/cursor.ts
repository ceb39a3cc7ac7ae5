import { type Column, type SQL, sql } from 'drizzle-orm';
import { z } from 'zod';
import { ticketPriority } from '@/db/schema';

/*
 * Keyset page cursors: the last row's sort keys, joined with "|" and base64url-encoded, so that
 * the next page starts after them. A cursor comes back from the address bar, so decoding checks
 * every key against a schema: anything this code did not issue (or a hand-edited one) reads as
 * no cursor and the list starts from the top — it never reaches the database.
 */

const instantPattern = /^(\d{4})-(\d{2})-(\d{2})T(\d{2}):(\d{2}):(\d{2})\.\d{6}Z$/;

/** A real moment: no 30 February, no 25 o'clock, no year 0. */
function isCalendarInstant(value: string): boolean {
  const [, year, month, day, hour, minute, second] = (instantPattern.exec(value) ?? []).map(Number);
  if (!year || !month || !day || hour === undefined || minute === undefined || second === undefined) return false;
  const date = new Date(0);
  date.setUTCFullYear(year, month - 1, day);
  date.setUTCHours(hour, minute, second);
  return (
    date.getUTCFullYear() === year &&
    date.getUTCMonth() === month - 1 &&
    date.getUTCDate() === day &&
    date.getUTCHours() === hour &&
    date.getUTCMinutes() === minute &&
    date.getUTCSeconds() === second
  );
}

const rankPattern = /^-?\d+(\.\d+)?(e-?\d+)?$/;

/** The kinds of key a cursor carries. */
export const cursorKeys = {
  // Timestamps travel as text to the microsecond, as stored: a Date would round them to the
  // millisecond, and rows sharing that millisecond would fall between two pages.
  instant: z.string().regex(instantPattern).refine(isCalendarInstant),
  id: z.guid(),
  priority: z.enum(ticketPriority.enumValues),
  rank: z
    .string()
    .max(30)
    .regex(rankPattern)
    .refine((value) => Number.isFinite(Number(value))),
} satisfies Record<string, z.ZodType<string>>;

/** A timestamp column or expression as a cursor's instant key (see cursorKeys.instant). */
export function instantKey(value: SQL | Column): SQL<string> {
  return sql<string>`to_char((${value}) at time zone 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS.US"Z"')`;
}

type Keys<S extends readonly z.ZodType<string>[]> = { [K in keyof S]: string };

export type KeysetCursor<S extends readonly z.ZodType<string>[]> = {
  encode: (keys: Keys<S>) => string;
  /** The keys, or null for a missing or foreign cursor. */
  decode: (value: string | undefined) => Keys<S> | null;
};

/**
 * A cursor for one ordering: its keys in order, and a tag when several orderings share a
 * parameter (a cursor of one sort is then no cursor for another).
 */
export function keysetCursor<const S extends readonly z.ZodType<string>[]>(keys: S, tag?: string): KeysetCursor<S> {
  const parts = z.tuple([...(tag === undefined ? [] : [z.literal(tag)]), ...keys] as unknown as [z.ZodType<string>, ...z.ZodType<string>[]]);
  const schema = z
    .string()
    .max(400)
    .regex(/^[A-Za-z0-9_-]+$/)
    .transform((value) => Buffer.from(value, 'base64url').toString().split('|'))
    .pipe(parts);
  return {
    encode: (values) => Buffer.from([...(tag === undefined ? [] : [tag]), ...values].join('|')).toString('base64url'),
    decode: (value) => {
      if (!value) return null;
      const parsed = schema.safeParse(value);
      if (!parsed.success) return null;
      return (tag === undefined ? parsed.data : parsed.data.slice(1)) as Keys<S>;
    },
  };
}

/** Lists ordered by a timestamp, newest first, then id: my tickets, the audit log. */
export const instantCursor = keysetCursor([cursorKeys.instant, cursorKeys.id]);
