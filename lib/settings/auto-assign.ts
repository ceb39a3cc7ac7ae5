import 'server-only';
import { eq } from 'drizzle-orm';
import { z } from 'zod';
import { getDb } from '@/db/client';
import { settings } from '@/db/schema';
import { recordAudit } from '@/lib/audit/record';
import type { Actor } from '@/lib/access/actor';
import { assertCan } from '@/lib/access/permissions';
import { parseInput } from '@/lib/errors';
import { AUTO_ASSIGN_KEY } from './auto-assign-flag';

export type AutoAssignSetting = { enabled: boolean; updatedAt: Date | null; updatedBy: string | null };

// A checkbox sends "on" when ticked and nothing at all when not.
export const autoAssignSchema = z.object({
  enabled: z.preprocess((value) => value === true || value === 'on' || value === 'true', z.boolean()),
});

export async function getAutoAssignSetting(actor: Actor): Promise<AutoAssignSetting> {
  assertCan(actor, 'admin:settings');
  const db = await getDb();
  const [row] = await db
    .select({ value: settings.value, updatedAt: settings.updatedAt, updatedBy: settings.updatedBy })
    .from(settings)
    .where(eq(settings.key, AUTO_ASSIGN_KEY))
    .limit(1);
  return { enabled: row?.value === true, updatedAt: row?.updatedAt ?? null, updatedBy: row?.updatedBy ?? null };
}

/** Turns auto-assignment on or off; a change (not a repeat) goes in the audit log. */
export async function setAutoAssign(actor: Actor, input: { enabled: unknown }): Promise<AutoAssignSetting> {
  assertCan(actor, 'admin:settings');
  if (actor.kind !== 'user') throw new Error('unreachable: admin:settings needs a user');
  const { enabled } = parseInput(autoAssignSchema, { enabled: input.enabled });
  const db = await getDb();
  return db.transaction(async (tx) => {
    const [current] = await tx.select({ value: settings.value }).from(settings).where(eq(settings.key, AUTO_ASSIGN_KEY)).for('update');
    const was = current?.value === true;
    const now = new Date();
    if (current && was === enabled) {
      const [row] = await tx.select({ updatedAt: settings.updatedAt, updatedBy: settings.updatedBy }).from(settings).where(eq(settings.key, AUTO_ASSIGN_KEY));
      return { enabled, updatedAt: row?.updatedAt ?? null, updatedBy: row?.updatedBy ?? null };
    }
    await tx
      .insert(settings)
      .values({ key: AUTO_ASSIGN_KEY, value: enabled, updatedAt: now, updatedBy: actor.name })
      .onConflictDoUpdate({ target: settings.key, set: { value: enabled, updatedAt: now, updatedBy: actor.name } });
    if (was !== enabled) {
      await recordAudit(tx, actor, {
        kind: 'setting_changed',
        subjectType: 'setting',
        subjectLabel: AUTO_ASSIGN_KEY,
        from: was ? 'on' : 'off',
        to: enabled ? 'on' : 'off',
      });
    }
    return { enabled, updatedAt: now, updatedBy: actor.name };
  });
}
