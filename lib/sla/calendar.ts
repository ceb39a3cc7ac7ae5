import { eq } from 'drizzle-orm';
import type { Executor } from '@/db/client';
import { settings, slaHolidays, slaTargets, type TicketPriority } from '@/db/schema';
import type { BusinessCalendar, DayHours } from './clock';

export const SLA_HOURS_KEY = 'sla_hours';

export type BusinessHours = { timezone: string; days: DayHours[]; notifyAdmins: boolean };
export type SlaTarget = { firstResponseMinutes: number | null; nextResponseMinutes: number | null; resolutionMinutes: number | null };

const nineToFive = { open: 9 * 60, close: 17 * 60 };
/** Until an admin sets them: Monday to Friday, 09:00 to 17:00 UTC. */
export const defaultBusinessHours: BusinessHours = {
  timezone: 'UTC',
  days: [null, nineToFive, nineToFive, nineToFive, nineToFive, nineToFive, null],
  notifyAdmins: false,
};

function isBusinessHours(value: unknown): value is BusinessHours {
  if (typeof value !== 'object' || value === null) return false;
  const candidate = value as Partial<BusinessHours>;
  return typeof candidate.timezone === 'string' && Array.isArray(candidate.days) && candidate.days.length === 7;
}

export async function readBusinessHours(db: Executor): Promise<BusinessHours & { updatedAt: Date | null; updatedBy: string | null }> {
  const [row] = await db
    .select({ value: settings.value, updatedAt: settings.updatedAt, updatedBy: settings.updatedBy })
    .from(settings)
    .where(eq(settings.key, SLA_HOURS_KEY))
    .limit(1);
  const hours = isBusinessHours(row?.value) ? { ...defaultBusinessHours, ...row.value } : defaultBusinessHours;
  return { ...hours, updatedAt: row?.updatedAt ?? null, updatedBy: row?.updatedBy ?? null };
}

/** The hours and days off that due times are counted in. */
export async function readCalendar(db: Executor): Promise<BusinessCalendar> {
  const hours = await readBusinessHours(db);
  const holidays = await db.select({ day: slaHolidays.day }).from(slaHolidays);
  return { timezone: hours.timezone, days: hours.days, holidays: new Set(holidays.map((row) => row.day)) };
}

const noTarget: SlaTarget = { firstResponseMinutes: null, nextResponseMinutes: null, resolutionMinutes: null };

export async function readTarget(db: Executor, priority: TicketPriority): Promise<SlaTarget> {
  const [row] = await db
    .select({
      firstResponseMinutes: slaTargets.firstResponseMinutes,
      nextResponseMinutes: slaTargets.nextResponseMinutes,
      resolutionMinutes: slaTargets.resolutionMinutes,
    })
    .from(slaTargets)
    .where(eq(slaTargets.priority, priority))
    .limit(1);
  return row ?? noTarget;
}

export function isTracked(target: SlaTarget): boolean {
  return target.firstResponseMinutes !== null || target.nextResponseMinutes !== null || target.resolutionMinutes !== null;
}
