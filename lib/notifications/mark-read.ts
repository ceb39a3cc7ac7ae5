import 'server-only';
import { and, eq, isNull, sql } from 'drizzle-orm';
import { getDb } from '@/db/client';
import { notifications } from '@/db/schema';
import type { Actor } from '@/lib/access/actor';
import { assertCan } from '@/lib/access/permissions';
import { notFound } from '@/lib/errors';
import { appPath, NOTIFICATIONS_PATH } from './app-path';
import { notificationIdSchema } from './schemas';

const missing = () => notFound('That notification was not found.');

/**
 * Marks one of the acting user's notifications read, keeping the first time it was read, and
 * returns where it leads. Someone else's id, or no id at all, is not found: it never says
 * whether the notification exists.
 */
export async function markNotificationRead(actor: Actor, input: unknown): Promise<{ href: string }> {
  assertCan(actor, 'notification:read');
  if (actor.kind !== 'user') throw new Error('unreachable: notification:read implies a user');
  const parsed = notificationIdSchema.safeParse(input);
  if (!parsed.success) throw missing();
  const db = await getDb();
  const [row] = await db
    .update(notifications)
    .set({ readAt: sql`coalesce(${notifications.readAt}, now())` })
    .where(and(eq(notifications.id, parsed.data.id), eq(notifications.userId, actor.id)))
    .returning({ href: notifications.href });
  if (!row) throw missing();
  return { href: appPath(row.href) ?? NOTIFICATIONS_PATH };
}

/** Marks every unread notification of the acting user read; returns how many changed. */
export async function markAllNotificationsRead(actor: Actor): Promise<{ marked: number }> {
  assertCan(actor, 'notification:read');
  if (actor.kind !== 'user') throw new Error('unreachable: notification:read implies a user');
  const db = await getDb();
  const rows = await db
    .update(notifications)
    .set({ readAt: sql`now()` })
    .where(and(eq(notifications.userId, actor.id), isNull(notifications.readAt)))
    .returning({ id: notifications.id });
  return { marked: rows.length };
}
