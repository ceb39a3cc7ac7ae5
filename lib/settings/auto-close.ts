import 'server-only';
import { eq } from 'drizzle-orm';
import { z } from 'zod';
import { getDb } from '@/db/client';
import { settings } from '@/db/schema';
import { recordAudit } from '@/lib/audit/record';
import type { Actor } from '@/lib/access/actor';
import { assertCan } from '@/lib/access/permissions';
import { parseInput } from '@/lib/errors';
import { AUTO_CLOSE_KEY, autoCloseDaysOf, autoCloseDaysSchema, DEFAULT_AUTO_CLOSE_DAYS } from './auto-close-days';

export type AutoCloseSetting = { days: number; updatedAt: Date | null; updatedBy: string | null };

export const autoCloseSchema = z.object({ days: autoCloseDaysSchema });

const describeDays = (days: number) => (days === 0 ? 'off' : `${days} days`);

export async function getAutoCloseSetting(actor: Actor): Promise<AutoCloseSetting> {
  assertCan(actor, 'admin:settings');
  const db = await getDb();
  const [row] = await db
    .select({ value: settings.value, updatedAt: settings.updatedAt, updatedBy: settings.updatedBy })
    .from(settings)
    .where(eq(settings.key, AUTO_CLOSE_KEY))
    .limit(1);
  if (!row) return { days: DEFAULT_AUTO_CLOSE_DAYS, updatedAt: null, updatedBy: null };
  return { days: autoCloseDaysOf(row.value), updatedAt: row.updatedAt, updatedBy: row.updatedBy };
}

/** Sets how many days resolved tickets wait before closing (0 turns it off); a change is audited. */
export async function setAutoCloseDays(actor: Actor, input: { days: unknown }): Promise<AutoCloseSetting> {
  assertCan(actor, 'admin:settings');
  if (actor.kind !== 'user') throw new Error('unreachable: admin:settings needs a user');
  const { days } = parseInput(autoCloseSchema, { days: input.days === '' ? undefined : input.days });
  const db = await getDb();
  return db.transaction(async (tx) => {
    const [current] = await tx
      .select({ value: settings.value, updatedAt: settings.updatedAt, updatedBy: settings.updatedBy })
      .from(settings)
      .where(eq(settings.key, AUTO_CLOSE_KEY))
      .for('update');
    const was = current ? autoCloseDaysOf(current.value) : DEFAULT_AUTO_CLOSE_DAYS;
    if (current && was === days) return { days, updatedAt: current.updatedAt, updatedBy: current.updatedBy };
    const now = new Date();
    await tx
      .insert(settings)
      .values({ key: AUTO_CLOSE_KEY, value: days, updatedAt: now, updatedBy: actor.name })
      .onConflictDoUpdate({ target: settings.key, set: { value: days, updatedAt: now, updatedBy: actor.name } });
    if (was !== days) {
      await recordAudit(tx, actor, { kind: 'setting_changed', subjectType: 'setting', subjectLabel: AUTO_CLOSE_KEY, from: describeDays(was), to: describeDays(days) });
    }
    return { days, updatedAt: now, updatedBy: actor.name };
  });
}
