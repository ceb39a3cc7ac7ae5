import type { Executor } from '@/db/client';
import { notifications } from '@/db/schema';
import { publishNotifications } from '@/lib/live/publish';

type NotificationKind = (typeof notifications.$inferInsert)['kind'];

export type NotificationDraft = {
  kind: NotificationKind;
  /** As the recipient reads it in their list. */
  title: string;
  /** The app path the entry opens. */
  href: string;
  ticketId?: string | null;
  actorName?: string | null;
};

/** Writes in-app notifications, one per recipient, in the transaction of the change. */
export async function writeNotifications(db: Executor, userIds: string[], draft: NotificationDraft, now = new Date()): Promise<void> {
  const ids = [...new Set(userIds)];
  if (ids.length === 0) return;
  await db.insert(notifications).values(
    ids.map((userId) => ({
      userId,
      kind: draft.kind,
      title: draft.title.slice(0, 300),
      href: draft.href,
      ticketId: draft.ticketId ?? null,
      actorName: draft.actorName?.slice(0, 120) ?? null,
      createdAt: now,
    })),
  );
  await publishNotifications(db, ids);
}
