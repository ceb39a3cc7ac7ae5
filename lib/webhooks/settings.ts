import { eq } from 'drizzle-orm';
import { type Executor, getDb } from '@/db/client';
import { settings } from '@/db/schema';
import type { Actor } from '@/lib/access/actor';
import { assertCan } from '@/lib/access/permissions';
import { recordAudit } from '@/lib/audit/record';
import { parseInput } from '@/lib/errors';
import { privateAddressSettingSchema } from './schemas';

export const ALLOW_PRIVATE_KEY = 'webhooks.allowPrivateAddresses';

/**
 * Whether webhooks may go to loopback and private addresses (a receiver on the same network).
 * Off until an admin turns it on; read afresh at registration and at every delivery.
 */
export async function allowsPrivateAddresses(db: Executor): Promise<boolean> {
  const [row] = await db.select({ value: settings.value }).from(settings).where(eq(settings.key, ALLOW_PRIVATE_KEY)).limit(1);
  return row?.value === true;
}

export type WebhookSettings = { allowPrivateAddresses: boolean };

export async function getWebhookSettings(actor: Actor): Promise<WebhookSettings> {
  assertCan(actor, 'webhook:manage');
  return { allowPrivateAddresses: await allowsPrivateAddresses(await getDb()) };
}

/** Turns private addresses on or off; a change (not a repeat) goes in the audit log. */
export async function setAllowPrivateAddresses(actor: Actor, input: unknown): Promise<WebhookSettings> {
  assertCan(actor, 'webhook:manage');
  if (actor.kind !== 'user') throw new Error('unreachable: webhook:manage needs a user');
  const { allowPrivateAddresses } = parseInput(privateAddressSettingSchema, input);
  const db = await getDb();
  return db.transaction(async (tx) => {
    const [current] = await tx.select({ value: settings.value }).from(settings).where(eq(settings.key, ALLOW_PRIVATE_KEY)).for('update');
    const was = current?.value === true;
    if (current && was === allowPrivateAddresses) return { allowPrivateAddresses };
    const now = new Date();
    await tx
      .insert(settings)
      .values({ key: ALLOW_PRIVATE_KEY, value: allowPrivateAddresses, updatedAt: now, updatedBy: actor.name })
      .onConflictDoUpdate({ target: settings.key, set: { value: allowPrivateAddresses, updatedAt: now, updatedBy: actor.name } });
    if (was !== allowPrivateAddresses) {
      await recordAudit(tx, actor, {
        kind: 'setting_changed',
        subjectType: 'setting',
        subjectLabel: ALLOW_PRIVATE_KEY,
        from: was ? 'on' : 'off',
        to: allowPrivateAddresses ? 'on' : 'off',
      });
    }
    return { allowPrivateAddresses };
  });
}
