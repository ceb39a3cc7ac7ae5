import 'server-only';
import { asc, eq } from 'drizzle-orm';
import { getDb } from '@/db/client';
import { settings, slaHolidays, slaTargets, type TicketPriority } from '@/db/schema';
import { ticketPriorities } from '@/db/schema/values';
import type { Actor } from '@/lib/access/actor';
import { assertCan } from '@/lib/access/permissions';
import { recordAudit } from '@/lib/audit/record';
import { AppError, parseInput } from '@/lib/errors';
import { type BusinessHours, readBusinessHours, SLA_HOURS_KEY, type SlaTarget } from './calendar';
import { businessHoursSchema, holidayRemoveSchema, holidaySchema, slaTargetsSchema } from './schemas';

export type SlaHoliday = { day: string; name: string };
export type SlaSettings = {
  targets: Record<TicketPriority, SlaTarget>;
  hours: BusinessHours & { updatedAt: Date | null; updatedBy: string | null };
  holidays: SlaHoliday[];
};

const empty: SlaTarget = { firstResponseMinutes: null, nextResponseMinutes: null, resolutionMinutes: null };

/** Everything the SLA page shows: targets per priority, business hours, days off in date order. */
export async function getSlaSettings(actor: Actor): Promise<SlaSettings> {
  assertCan(actor, 'admin:settings');
  const db = await getDb();
  const rows = await db.select().from(slaTargets);
  const targets = Object.fromEntries(ticketPriorities.map((priority) => [priority, { ...empty }])) as Record<TicketPriority, SlaTarget>;
  for (const { priority, firstResponseMinutes, nextResponseMinutes, resolutionMinutes } of rows) {
    targets[priority] = { firstResponseMinutes, nextResponseMinutes, resolutionMinutes };
  }
  const hours = await readBusinessHours(db);
  const holidays = await db.select({ day: slaHolidays.day, name: slaHolidays.name }).from(slaHolidays).orderBy(asc(slaHolidays.day));
  return { targets, hours, holidays };
}

const describe = (target: SlaTarget) => `${target.firstResponseMinutes ?? '–'}/${target.nextResponseMinutes ?? '–'}/${target.resolutionMinutes ?? '–'}`;

/**
 * Saves the targets of every priority at once. Due times already set stay; new tickets and the
 * next recomputation (a priority change) use the new targets.
 */
export async function saveSlaTargets(actor: Actor, input: unknown): Promise<Record<TicketPriority, SlaTarget>> {
  assertCan(actor, 'admin:settings');
  const data = parseInput(slaTargetsSchema, input);
  const db = await getDb();
  return db.transaction(async (tx) => {
    const before = new Map((await tx.select().from(slaTargets).for('update')).map((row) => [row.priority, row]));
    const saved = {} as Record<TicketPriority, SlaTarget>;
    const now = new Date();
    for (const priority of ticketPriorities) {
      const target: SlaTarget = {
        firstResponseMinutes: data[`${priority}_firstResponse`] ?? null,
        nextResponseMinutes: data[`${priority}_nextResponse`] ?? null,
        resolutionMinutes: data[`${priority}_resolution`] ?? null,
      };
      saved[priority] = target;
      const previous = before.get(priority) ?? empty;
      if (describe(previous) === describe(target)) continue;
      await tx
        .insert(slaTargets)
        .values({ priority, ...target, updatedAt: now })
        .onConflictDoUpdate({ target: slaTargets.priority, set: { ...target, updatedAt: now } });
      await recordAudit(tx, actor, {
        kind: 'sla_changed',
        subjectType: 'sla_target',
        subjectLabel: priority,
        from: describe(previous),
        to: describe(target),
        detail: { action: 'target_changed', priority, ...target },
      });
    }
    return saved;
  });
}

export async function saveBusinessHours(actor: Actor, input: unknown): Promise<BusinessHours> {
  assertCan(actor, 'admin:settings');
  if (actor.kind !== 'user') throw new Error('unreachable: admin:settings needs a user');
  const hours = parseInput(businessHoursSchema, input);
  const db = await getDb();
  return db.transaction(async (tx) => {
    const [current] = await tx.select({ value: settings.value }).from(settings).where(eq(settings.key, SLA_HOURS_KEY)).for('update');
    if (current && JSON.stringify(current.value) === JSON.stringify(hours)) return hours;
    const now = new Date();
    await tx
      .insert(settings)
      .values({ key: SLA_HOURS_KEY, value: hours, updatedAt: now, updatedBy: actor.name })
      .onConflictDoUpdate({ target: settings.key, set: { value: hours, updatedAt: now, updatedBy: actor.name } });
    await recordAudit(tx, actor, {
      kind: 'sla_changed',
      subjectType: 'setting',
      subjectLabel: SLA_HOURS_KEY,
      to: hours.timezone,
      detail: { action: 'hours_changed', ...hours },
    });
    return hours;
  });
}

export async function addSlaHoliday(actor: Actor, input: unknown): Promise<SlaHoliday> {
  assertCan(actor, 'admin:settings');
  const { day, name } = parseInput(holidaySchema, input);
  const db = await getDb();
  return db.transaction(async (tx) => {
    const [added] = await tx.insert(slaHolidays).values({ day, name }).onConflictDoNothing().returning();
    if (!added) throw new AppError('validation', 'That day is already a holiday.', { fields: { day: ['That day is already a holiday.'] } });
    await recordAudit(tx, actor, { kind: 'sla_changed', subjectType: 'sla_holiday', subjectLabel: day, to: name, detail: { action: 'holiday_added', day, name } });
    return added;
  });
}

export async function removeSlaHoliday(actor: Actor, input: unknown): Promise<{ removed: boolean }> {
  assertCan(actor, 'admin:settings');
  const { day } = parseInput(holidayRemoveSchema, input);
  const db = await getDb();
  return db.transaction(async (tx) => {
    const [removed] = await tx.delete(slaHolidays).where(eq(slaHolidays.day, day)).returning();
    if (!removed) return { removed: false };
    await recordAudit(tx, actor, {
      kind: 'sla_changed',
      subjectType: 'sla_holiday',
      subjectLabel: day,
      from: removed.name,
      detail: { action: 'holiday_removed', day, name: removed.name },
    });
    return { removed: true };
  });
}
