import 'server-only';
import { and, count, desc, eq, isNull, lt, or, sql } from 'drizzle-orm';
import { getDb } from '@/db/client';
import { type notificationKind, notifications } from '@/db/schema';
import type { Actor, UserActor } from '@/lib/access/actor';
import { assertCan } from '@/lib/access/permissions';
import { instantCursor, instantKey } from '@/lib/cursor';
import { parseInput } from '@/lib/errors';
import { appPath, NOTIFICATIONS_PATH } from './app-path';
import { type NotificationFilter, notificationListSchema } from './schemas';

export type NotificationKind = (typeof notificationKind.enumValues)[number];

export type NotificationEntry = {
  id: string;
  kind: NotificationKind;
  title: string;
  /** Where following the entry leads: always a path inside the app. */
  href: string;
  actorName: string | null;
  unread: boolean;
  createdAt: Date;
};

export type NotificationPage = { entries: NotificationEntry[]; nextCursor: string | null; show: NotificationFilter };

export const NOTIFICATION_PAGE_SIZE = 20;
/** The header counts no further: "99+" says enough, and the count never reads more than this many index entries. */
export const UNREAD_COUNT_CAP = 100;

// For rows written before titles were stored, or left blank by their writer.
const fallbackTitles: Record<NotificationKind, string> = {
  ticket_assigned: 'A ticket was assigned to you',
  ticket_replied: 'New reply on a ticket',
  ticket_status_changed: 'A ticket changed status',
  agent_application: 'New agent application',
  ticket_created: 'New ticket',
  application_decided: 'Your application was decided',
  mail_undeliverable: 'Mail could not be delivered',
  sla_breached: 'A ticket missed its SLA target',
  ticket_merged: 'A ticket was merged',
};

function signedIn(actor: Actor): UserActor {
  assertCan(actor, 'notification:read');
  if (actor.kind !== 'user') throw new Error('unreachable: notification:read implies a user');
  return actor;
}

/** The acting user's own notifications, newest first, with a keyset cursor on (created_at, id). */
export async function listNotifications(actor: Actor, input: unknown = {}): Promise<NotificationPage> {
  const user = signedIn(actor);
  const query = parseInput(notificationListSchema, input);
  const cursor = instantCursor.decode(query.cursor);
  const db = await getDb();
  const after = cursor
    ? or(
        lt(notifications.createdAt, sql`${cursor[0]}::timestamptz`),
        and(eq(notifications.createdAt, sql`${cursor[0]}::timestamptz`), lt(notifications.id, cursor[1])),
      )
    : undefined;
  const rows = await db
    .select({
      id: notifications.id,
      kind: notifications.kind,
      title: notifications.title,
      href: notifications.href,
      actorName: notifications.actorName,
      readAt: notifications.readAt,
      createdAt: notifications.createdAt,
      key: instantKey(notifications.createdAt),
    })
    .from(notifications)
    .where(and(eq(notifications.userId, user.id), query.show === 'unread' ? isNull(notifications.readAt) : undefined, after))
    .orderBy(desc(notifications.createdAt), desc(notifications.id))
    .limit(NOTIFICATION_PAGE_SIZE + 1);

  const last = rows.length > NOTIFICATION_PAGE_SIZE ? rows[NOTIFICATION_PAGE_SIZE - 1] : undefined;
  return {
    entries: rows.slice(0, NOTIFICATION_PAGE_SIZE).map((row) => ({
      id: row.id,
      kind: row.kind,
      title: row.title.trim() || fallbackTitles[row.kind],
      href: appPath(row.href) ?? NOTIFICATIONS_PATH,
      actorName: row.actorName,
      unread: row.readAt === null,
      createdAt: row.createdAt,
    })),
    nextCursor: last ? instantCursor.encode([last.key, last.id]) : null,
    show: query.show,
  };
}

/** How many of the acting user's notifications are unread, counted up to UNREAD_COUNT_CAP. */
export async function countUnreadNotifications(actor: Actor): Promise<number> {
  const user = signedIn(actor);
  const db = await getDb();
  const unread = db
    // A constant, not a column: the (user_id, read_at, created_at) index answers it on its own.
    .select({ one: sql`1`.as('one') })
    .from(notifications)
    .where(and(eq(notifications.userId, user.id), isNull(notifications.readAt)))
    .limit(UNREAD_COUNT_CAP)
    .as('unread');
  const [row] = await db.select({ total: count() }).from(unread);
  return row?.total ?? 0;
}
