import { randomUUID } from 'node:crypto';
import { eq } from 'drizzle-orm';
import { beforeAll, describe, expect, it } from 'vitest';
import { getDb } from '@/db/client';
import { notifications } from '@/db/schema';
import { type Actor, anonymous, type UserActor } from '@/lib/access/actor';
import { makeUser } from '@/lib/testing/fixtures';
import { insertNotification } from '@/lib/testing/notification-fixtures';
import {
  countUnreadNotifications,
  listNotifications,
  markAllNotificationsRead,
  markNotificationRead,
  NOTIFICATION_PAGE_SIZE,
  type NotificationEntry,
  UNREAD_COUNT_CAP,
} from './index';

let customer: UserActor;
let otherCustomer: UserActor;
let pendingAgent: UserActor;
let suspendedAgent: UserActor;
let agent: UserActor;
let admin: UserActor;

beforeAll(async () => {
  customer = await makeUser('customer');
  otherCustomer = await makeUser('customer');
  pendingAgent = await makeUser('agent', 'pending');
  suspendedAgent = await makeUser('agent', 'suspended');
  agent = await makeUser('agent', 'approved');
  admin = await makeUser('admin', 'approved');
});

async function readAtOf(id: string): Promise<Date | null> {
  const db = await getDb();
  const [row] = await db.select({ readAt: notifications.readAt }).from(notifications).where(eq(notifications.id, id));
  return row?.readAt ?? null;
}

async function allPages(actor: Actor, show: 'all' | 'unread' = 'all'): Promise<NotificationEntry[][]> {
  const pages: NotificationEntry[][] = [];
  let cursor: string | undefined;
  do {
    const page = await listNotifications(actor, { show, cursor });
    pages.push(page.entries);
    cursor = page.nextCursor ?? undefined;
  } while (cursor && pages.length < 20);
  return pages;
}

describe('who may read notifications', () => {
  it('asks a visitor to sign in, for every operation', async () => {
    const unauthorized = expect.objectContaining({ code: 'unauthorized' });
    await expect(listNotifications(anonymous)).rejects.toThrow(unauthorized);
    await expect(countUnreadNotifications(anonymous)).rejects.toThrow(unauthorized);
    await expect(markNotificationRead(anonymous, { id: randomUUID() })).rejects.toThrow(unauthorized);
    await expect(markAllNotificationsRead(anonymous)).rejects.toThrow(unauthorized);
  });

  it.each([
    ['a customer', () => customer],
    ['a pending agent', () => pendingAgent],
    ['a suspended agent', () => suspendedAgent],
    ['an agent', () => agent],
    ['an admin', () => admin],
  ])('shows %s their own notifications and nobody else’s', async (_label, who) => {
    const me = who();
    const mine = await insertNotification(me.id, { title: `For ${me.name}` });
    const theirs = await insertNotification(otherCustomer.id, { title: `For ${otherCustomer.name}` });

    const { entries } = await listNotifications(me);
    expect(entries.map((e) => e.id)).toContain(mine.id);
    expect(entries.map((e) => e.id)).not.toContain(theirs.id);
    expect(entries.every((e) => e.title === `For ${me.name}`)).toBe(true);
    expect(await countUnreadNotifications(me)).toBe(entries.filter((e) => e.unread).length);
  });

  it('answers another user’s notification as not found, and leaves it unread', async () => {
    const theirs = await insertNotification(otherCustomer.id);
    for (const me of [customer, pendingAgent, agent, admin]) {
      await expect(markNotificationRead(me, { id: theirs.id })).rejects.toThrow(expect.objectContaining({ code: 'not_found' }));
    }
    expect(await readAtOf(theirs.id)).toBeNull();
  });

  it('answers an id that is no id, or none, as not found', async () => {
    const notFound = expect.objectContaining({ code: 'not_found' });
    await expect(markNotificationRead(customer, { id: 'not-a-uuid' })).rejects.toThrow(notFound);
    await expect(markNotificationRead(customer, {})).rejects.toThrow(notFound);
    await expect(markNotificationRead(customer, { id: randomUUID() })).rejects.toThrow(notFound);
  });

  it('marks all read for the acting user only', async () => {
    const me = await makeUser('customer');
    const someoneElse = await makeUser('agent', 'approved');
    await insertNotification(me.id);
    await insertNotification(me.id);
    const theirs = await insertNotification(someoneElse.id);

    expect(await markAllNotificationsRead(me)).toEqual({ marked: 2 });
    expect(await countUnreadNotifications(me)).toBe(0);
    expect(await readAtOf(theirs.id)).toBeNull();
    expect(await countUnreadNotifications(someoneElse)).toBe(1);
  });
});

describe('listNotifications', () => {
  it('lists newest first, with the stored title, link and who acted, unread marked', async () => {
    const me = await makeUser('customer');
    await insertNotification(me.id, { title: 'Older', createdAt: new Date('2026-12-01T10:00:00Z'), readAt: new Date('2026-12-01T11:00:00Z') });
    await insertNotification(me.id, { title: 'Newer', href: '/portal/tickets/HD-20261203-0002', createdAt: new Date('2026-12-02T10:00:00Z') });

    const { entries, nextCursor } = await listNotifications(me);
    expect(nextCursor).toBeNull();
    expect(entries).toMatchObject([
      { title: 'Newer', href: '/portal/tickets/HD-20261203-0002', actorName: 'Daniel Okafor', unread: true, kind: 'ticket_replied' },
      { title: 'Older', unread: false },
    ]);
  });

  it('shows only unread ones when asked, and reads an unknown filter as all', async () => {
    const me = await makeUser('customer');
    await insertNotification(me.id, { title: 'Read', readAt: new Date() });
    await insertNotification(me.id, { title: 'Unread' });
    expect((await listNotifications(me, { show: 'unread' })).entries.map((e) => e.title)).toEqual(['Unread']);
    expect((await listNotifications(me, { show: 'everything' })).entries).toHaveLength(2);
  });

  it('pages through entries that share one timestamp without losing or repeating any', async () => {
    const me = await makeUser('agent', 'approved');
    const at = new Date('2026-11-30T09:00:00.123Z');
    const total = NOTIFICATION_PAGE_SIZE * 2 + 5;
    for (let i = 0; i < total; i += 1) await insertNotification(me.id, { title: `Entry ${i}`, createdAt: at, readAt: i % 2 ? new Date() : null });

    const pages = await allPages(me);
    expect(pages.map((p) => p.length)).toEqual([NOTIFICATION_PAGE_SIZE, NOTIFICATION_PAGE_SIZE, 5]);
    expect(new Set(pages.flat().map((e) => e.id)).size).toBe(total);

    const unread = (await allPages(me, 'unread')).flat();
    expect(unread).toHaveLength(Math.ceil(total / 2));
    expect(unread.every((e) => e.unread)).toBe(true);
  });

  it('starts from the top for a cursor it did not issue', async () => {
    const me = await makeUser('customer');
    await insertNotification(me.id);
    expect((await listNotifications(me, { cursor: 'bm90LWEtY3Vyc29y' })).entries).toHaveLength(1);
    expect((await listNotifications(me, { cursor: '../../etc' })).entries).toHaveLength(1);
  });

  it('never hands out a link that leaves the app, and names an entry stored without a title', async () => {
    const me = await makeUser('customer');
    for (const href of ['https://evil.test/', '//evil.test', '/\\evil.test', '/.//evil.test', 'javascript:alert(1)', '/a b']) {
      await insertNotification(me.id, { href, title: '' , kind: 'ticket_status_changed' });
    }
    const { entries } = await listNotifications(me);
    expect(entries).toHaveLength(6);
    expect(new Set(entries.map((e) => e.href))).toEqual(new Set(['/notifications']));
    expect(new Set(entries.map((e) => e.title))).toEqual(new Set(['A ticket changed status']));
  });
});

describe('countUnreadNotifications', () => {
  it('counts unread ones only, up to the cap', async () => {
    const me = await makeUser('customer');
    expect(await countUnreadNotifications(me)).toBe(0);
    await insertNotification(me.id, { readAt: new Date() });
    await insertNotification(me.id);
    expect(await countUnreadNotifications(me)).toBe(1);

    const db = await getDb();
    await db.insert(notifications).values(Array.from({ length: UNREAD_COUNT_CAP + 5 }, () => ({ userId: me.id, kind: 'ticket_created' as const })));
    expect(await countUnreadNotifications(me)).toBe(UNREAD_COUNT_CAP);
  });
});

describe('markNotificationRead', () => {
  it('marks one read, keeps the first time it was read, and returns where it leads', async () => {
    const me = await makeUser('customer');
    const first = await insertNotification(me.id, { href: '/portal/tickets/HD-20261203-0009?x=1#reply' });
    const second = await insertNotification(me.id);

    expect(await markNotificationRead(me, { id: first.id })).toEqual({ href: '/portal/tickets/HD-20261203-0009?x=1#reply' });
    const readAt = await readAtOf(first.id);
    expect(readAt).not.toBeNull();
    expect(await readAtOf(second.id)).toBeNull();
    expect(await countUnreadNotifications(me)).toBe(1);

    await markNotificationRead(me, { id: first.id });
    expect(await readAtOf(first.id)).toEqual(readAt);
  });

  it('leads to the notifications page when the stored link leaves the app', async () => {
    const me = await makeUser('customer');
    const bad = await insertNotification(me.id, { href: '//evil.test/phish' });
    expect(await markNotificationRead(me, { id: bad.id })).toEqual({ href: '/notifications' });
  });
});
