import { describe, expect, it } from 'vitest';
import { addBusinessMinutes, type BusinessCalendar, businessMinutesBetween, isTimezone } from './clock';

const nineToFive = { open: 9 * 60, close: 17 * 60 };
const weekdays = (hours: { open: number; close: number }) => [null, hours, hours, hours, hours, hours, null];
const utc: BusinessCalendar = { timezone: 'UTC', days: weekdays(nineToFive), holidays: new Set() };
const at = (iso: string) => new Date(iso);

describe('addBusinessMinutes', () => {
  it('adds within the same working day', () => {
    // 2026-12-02 is a Wednesday.
    expect(addBusinessMinutes(at('2026-12-02T10:00:00Z'), 90, utc).toISOString()).toBe('2026-12-02T11:30:00.000Z');
  });

  it('carries what is left of the day over night to the next opening', () => {
    expect(addBusinessMinutes(at('2026-12-02T16:00:00Z'), 120, utc).toISOString()).toBe('2026-12-03T10:00:00.000Z');
  });

  it('starts counting at opening time when the clock starts before it', () => {
    expect(addBusinessMinutes(at('2026-12-02T03:00:00Z'), 30, utc).toISOString()).toBe('2026-12-02T09:30:00.000Z');
  });

  it('skips the weekend', () => {
    // Friday 16:00 plus two hours: one on Friday, one on Monday.
    expect(addBusinessMinutes(at('2026-12-04T16:00:00Z'), 120, utc).toISOString()).toBe('2026-12-07T10:00:00.000Z');
    expect(addBusinessMinutes(at('2026-12-05T12:00:00Z'), 60, utc).toISOString()).toBe('2026-12-07T10:00:00.000Z');
  });

  it('skips holidays', () => {
    const calendar = { ...utc, holidays: new Set(['2026-12-03']) };
    expect(addBusinessMinutes(at('2026-12-02T16:00:00Z'), 120, calendar).toISOString()).toBe('2026-12-04T10:00:00.000Z');
  });

  it('spans several days for long targets', () => {
    // Three working days of eight hours from Wednesday 09:00: Wed, Thu, Fri.
    expect(addBusinessMinutes(at('2026-12-02T09:00:00Z'), 3 * 8 * 60, utc).toISOString()).toBe('2026-12-04T17:00:00.000Z');
  });

  it('reads opening hours in the configured timezone', () => {
    const berlin: BusinessCalendar = { ...utc, timezone: 'Europe/Berlin' };
    // 09:00 in Berlin in December is 08:00 UTC.
    expect(addBusinessMinutes(at('2026-12-02T06:00:00Z'), 60, berlin).toISOString()).toBe('2026-12-02T09:00:00.000Z');
  });

  it('follows the DST change: the same local opening is an hour earlier in UTC after spring forward', () => {
    const newYork: BusinessCalendar = { ...utc, timezone: 'America/New_York' };
    // Friday 2027-03-12 16:00 EST (21:00Z); DST starts Sunday 03-14; Monday 09:00 EDT is 13:00Z.
    expect(addBusinessMinutes(at('2027-03-12T21:00:00Z'), 120, newYork).toISOString()).toBe('2027-03-15T14:00:00.000Z');
  });

  it('counts a day whose window spans the DST change by the wall clock', () => {
    const allDay = { open: 0, close: 24 * 60 };
    const london: BusinessCalendar = { timezone: 'Europe/London', days: Array(7).fill(allDay), holidays: new Set() };
    // 2027-03-28 has 23 hours in London: local midnight to local midnight.
    expect(businessMinutesBetween(at('2027-03-28T00:00:00Z'), at('2027-03-28T23:00:00Z'), london)).toBe(23 * 60);
  });

  it('counts every minute when no day is open', () => {
    const closed: BusinessCalendar = { timezone: 'UTC', days: Array(7).fill(null), holidays: new Set() };
    expect(addBusinessMinutes(at('2026-12-05T12:00:00Z'), 30, closed).toISOString()).toBe('2026-12-05T12:30:00.000Z');
  });

  it('returns the start itself (moved to opening) for zero minutes', () => {
    expect(addBusinessMinutes(at('2026-12-05T12:00:00Z'), 0, utc).toISOString()).toBe('2026-12-07T09:00:00.000Z');
  });
});

describe('businessMinutesBetween', () => {
  it('counts only open hours across a night and a weekend', () => {
    expect(businessMinutesBetween(at('2026-12-04T16:00:00Z'), at('2026-12-07T10:00:00Z'), utc)).toBe(120);
  });

  it('is zero inside closed time and when the end is not later', () => {
    expect(businessMinutesBetween(at('2026-12-05T10:00:00Z'), at('2026-12-06T20:00:00Z'), utc)).toBe(0);
    expect(businessMinutesBetween(at('2026-12-03T10:00:00Z'), at('2026-12-02T10:00:00Z'), utc)).toBe(0);
  });

  it('leaves out holidays', () => {
    const calendar = { ...utc, holidays: new Set(['2026-12-03']) };
    expect(businessMinutesBetween(at('2026-12-02T09:00:00Z'), at('2026-12-04T17:00:00Z'), calendar)).toBe(16 * 60);
  });

  it('is the inverse of addBusinessMinutes from an open instant', () => {
    const start = at('2026-12-02T11:17:00Z');
    for (const minutes of [1, 59, 400, 1000, 5000]) {
      expect(businessMinutesBetween(start, addBusinessMinutes(start, minutes, utc), utc)).toBe(minutes);
    }
  });
});

describe('isTimezone', () => {
  it('knows IANA zones and refuses made-up ones', () => {
    expect(isTimezone('Europe/Berlin')).toBe(true);
    expect(isTimezone('Mars/Olympus')).toBe(false);
  });
});
