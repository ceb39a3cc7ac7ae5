/**
 * Business time: pure arithmetic over weekly opening hours in one IANA timezone, minus holidays.
 * Each day's window is turned into instants through the zone's offset on that day, so a DST
 * change shortens or lengthens the day's window as a wall clock would.
 */

/** One weekday's opening hours in minutes after local midnight; null when closed. */
export type DayHours = { open: number; close: number } | null;

export type BusinessCalendar = {
  timezone: string;
  /** Sunday first, as `Date#getUTCDay` counts. */
  days: readonly DayHours[];
  /** Days off as local dates, `YYYY-MM-DD`. */
  holidays: ReadonlySet<string>;
};

const MINUTE = 60_000;
// A calendar with no open day at all would never reach a due time; ten years ends the search.
const MAX_DAYS = 3660;

const formatters = new Map<string, Intl.DateTimeFormat>();
function formatter(timezone: string): Intl.DateTimeFormat {
  let format = formatters.get(timezone);
  if (!format) {
    format = new Intl.DateTimeFormat('en-US', {
      timeZone: timezone,
      hourCycle: 'h23',
      year: 'numeric',
      month: 'numeric',
      day: 'numeric',
      hour: 'numeric',
      minute: 'numeric',
      second: 'numeric',
    });
    formatters.set(timezone, format);
  }
  return format;
}

/** Whether the runtime knows this IANA zone. */
export function isTimezone(timezone: string): boolean {
  try {
    formatter(timezone);
    return true;
  } catch {
    return false;
  }
}

type LocalDate = { year: number; month: number; day: number };

function localParts(instant: number, timezone: string): LocalDate & { hour: number; minute: number; second: number } {
  const parts: Record<string, number> = {};
  for (const part of formatter(timezone).formatToParts(new Date(instant))) {
    if (part.type !== 'literal') parts[part.type] = Number(part.value);
  }
  return { year: parts.year!, month: parts.month!, day: parts.day!, hour: parts.hour!, minute: parts.minute!, second: parts.second! };
}

/** Local time minus UTC at this instant, in milliseconds. */
function offsetAt(instant: number, timezone: string): number {
  const p = localParts(instant, timezone);
  const asUtc = Date.UTC(p.year, p.month - 1, p.day, p.hour, p.minute, p.second);
  return asUtc - Math.floor(instant / 1000) * 1000;
}

/** The instant a local wall time names; `minutes` may reach 1440 (the next midnight). */
function instantOf(date: LocalDate, minutes: number, timezone: string): number {
  const wall = Date.UTC(date.year, date.month - 1, date.day, 0, minutes);
  const first = wall - offsetAt(wall, timezone);
  const second = wall - offsetAt(first, timezone);
  return second;
}

function localDateOf(instant: number, timezone: string): LocalDate {
  const { year, month, day } = localParts(instant, timezone);
  return { year, month, day };
}

function nextDate({ year, month, day }: LocalDate): LocalDate {
  const next = new Date(Date.UTC(year, month - 1, day + 1));
  return { year: next.getUTCFullYear(), month: next.getUTCMonth() + 1, day: next.getUTCDate() };
}

function isoDate({ year, month, day }: LocalDate): string {
  return `${String(year).padStart(4, '0')}-${String(month).padStart(2, '0')}-${String(day).padStart(2, '0')}`;
}

function hasOpenDay(calendar: BusinessCalendar): boolean {
  return calendar.days.some((hours) => hours !== null && hours.close > hours.open);
}

/** The day's opening window as instants, or null on a closed day or holiday. */
function windowOf(date: LocalDate, calendar: BusinessCalendar): { start: number; end: number } | null {
  if (calendar.holidays.has(isoDate(date))) return null;
  const hours = calendar.days[new Date(Date.UTC(date.year, date.month - 1, date.day)).getUTCDay()];
  if (!hours || hours.close <= hours.open) return null;
  return { start: instantOf(date, hours.open, calendar.timezone), end: instantOf(date, hours.close, calendar.timezone) };
}

/**
 * The instant `minutes` business minutes after `from`. A calendar without any open day counts
 * every minute, so that a misconfigured desk still has due times.
 */
export function addBusinessMinutes(from: Date, minutes: number, calendar: BusinessCalendar): Date {
  let left = Math.max(0, minutes) * MINUTE;
  if (!hasOpenDay(calendar)) return new Date(from.getTime() + left);
  let cursor = from.getTime();
  let date = localDateOf(cursor, calendar.timezone);
  for (let i = 0; i < MAX_DAYS; i++) {
    const window = windowOf(date, calendar);
    if (window && cursor < window.end) {
      const start = Math.max(cursor, window.start);
      if (left === 0) return new Date(start);
      if (start + left <= window.end) return new Date(start + left);
      left -= window.end - start;
      cursor = window.end;
    }
    date = nextDate(date);
  }
  return new Date(cursor + left);
}

/** Business minutes from `from` to `to` (0 when `to` is not later), fractions included. */
export function businessMinutesBetween(from: Date, to: Date, calendar: BusinessCalendar): number {
  const a = from.getTime();
  const b = to.getTime();
  if (b <= a) return 0;
  if (!hasOpenDay(calendar)) return (b - a) / MINUTE;
  let total = 0;
  let date = localDateOf(a, calendar.timezone);
  for (let i = 0; i < MAX_DAYS; i++) {
    const window = windowOf(date, calendar);
    if (window) {
      if (window.start >= b) break;
      total += Math.max(0, Math.min(b, window.end) - Math.max(a, window.start));
    } else if (instantOf(date, 0, calendar.timezone) >= b) {
      break;
    }
    date = nextDate(date);
  }
  return total / MINUTE;
}
