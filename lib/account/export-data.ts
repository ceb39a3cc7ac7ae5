import 'server-only';
import { and, asc, eq, inArray } from 'drizzle-orm';
import { getDb, type Transaction } from '@/db/client';
import { categories, feedback, mailPreferences, notifications, ticketMessages, tickets, users } from '@/db/schema';
import type { Actor } from '@/lib/access/actor';
import { assertCan } from '@/lib/access/permissions';
import { recordAudit } from '@/lib/audit/record';
import { AppError, parseInput } from '@/lib/errors';
import { mailChoices, mailChoicesFor } from '@/lib/notify';
import { customerRefSchema } from './schemas';

/**
 * Everything Deskline holds about one customer, as they may read it: the portal's view of their
 * tickets (public messages only, no assignee or internal timestamps), their ratings, their mail
 * choices and notifications. Columns are named one by one so a new staff-only column stays out.
 */
export type CustomerDataExport = {
  exportedAt: string;
  profile: { id: string; name: string; email: string; phone: string | null; role: 'customer'; createdAt: string };
  tickets: Array<{
    number: string;
    subject: string;
    description: string;
    category: string;
    status: string;
    priority: string;
    channel: string;
    reference: string | null;
    requesterName: string;
    requesterEmail: string;
    requesterPhone: string | null;
    createdAt: string;
    lastActivityAt: string;
    resolvedAt: string | null;
    closedAt: string | null;
    messages: Array<{ from: 'you' | 'support'; authorName: string; body: string; viaEmail: boolean; createdAt: string }>;
    rating: { rating: number; comment: string | null; createdAt: string } | null;
  }>;
  mailPreferences: Array<{ kind: string; label: string; enabled: boolean }>;
  notifications: Array<{ title: string; href: string; createdAt: string; readAt: string | null }>;
};

const iso = (date: Date | null) => (date ? date.toISOString() : null);

/** The signed-in customer's own data. */
export async function exportOwnData(actor: Actor): Promise<CustomerDataExport> {
  assertCan(actor, 'account:self-service');
  if (actor.kind !== 'user') throw new AppError('unauthorized', 'Please sign in to continue.');
  return exportFor(actor, actor.id);
}

/** An admin's copy of one customer's data, for a request made outside Deskline. */
export async function exportCustomerData(actor: Actor, input: unknown): Promise<CustomerDataExport> {
  assertCan(actor, 'customer:data');
  const { userId } = parseInput(customerRefSchema, input);
  return exportFor(actor, userId);
}

async function exportFor(actor: Actor, userId: string): Promise<CustomerDataExport> {
  const db = await getDb();
  // A transaction for one consistent snapshot, and so the audit event is written with the read.
  return db.transaction(async (tx) => {
    const [user] = await tx
      .select({ id: users.id, name: users.name, email: users.email, phone: users.phone, role: users.role, createdAt: users.createdAt })
      .from(users)
      .where(eq(users.id, userId))
      .limit(1);
    if (!user || user.role !== 'customer') throw new AppError('not_found', 'No such customer.');
    const data: CustomerDataExport = {
      exportedAt: new Date().toISOString(),
      profile: { ...user, role: 'customer', createdAt: user.createdAt.toISOString() },
      tickets: await ticketsOf(tx, user.id),
      mailPreferences: await preferencesOf(tx, user.id),
      notifications: (
        await tx
          .select({ title: notifications.title, href: notifications.href, createdAt: notifications.createdAt, readAt: notifications.readAt })
          .from(notifications)
          .where(eq(notifications.userId, user.id))
          .orderBy(asc(notifications.createdAt))
      ).map((row) => ({ ...row, createdAt: row.createdAt.toISOString(), readAt: iso(row.readAt) })),
    };
    await recordAudit(tx, actor, {
      kind: 'data_exported',
      subjectType: 'user',
      subjectId: user.id,
      subjectLabel: user.email,
      detail: { tickets: data.tickets.length },
    });
    return data;
  });
}

async function ticketsOf(tx: Transaction, userId: string): Promise<CustomerDataExport['tickets']> {
  const rows = await tx
    .select({
      id: tickets.id,
      number: tickets.number,
      subject: tickets.subject,
      description: tickets.description,
      category: categories.name,
      status: tickets.status,
      priority: tickets.priority,
      channel: tickets.channel,
      reference: tickets.externalRef,
      requesterName: tickets.requesterName,
      requesterEmail: tickets.requesterEmail,
      requesterPhone: tickets.requesterPhone,
      createdAt: tickets.createdAt,
      // The public clock: internal work does not move what the customer is shown.
      lastActivityAt: tickets.lastPublicActivityAt,
      resolvedAt: tickets.resolvedAt,
      closedAt: tickets.closedAt,
    })
    .from(tickets)
    .innerJoin(categories, eq(categories.id, tickets.categoryId))
    .where(eq(tickets.requesterId, userId))
    .orderBy(asc(tickets.createdAt));
  if (!rows.length) return [];
  const ids = rows.map((row) => row.id);
  const messages = await tx
    .select({
      ticketId: ticketMessages.ticketId,
      authorKind: ticketMessages.authorKind,
      authorName: ticketMessages.authorName,
      body: ticketMessages.body,
      source: ticketMessages.source,
      createdAt: ticketMessages.createdAt,
    })
    .from(ticketMessages)
    // Filtered in the query: internal notes never leave the database for this export.
    .where(and(inArray(ticketMessages.ticketId, ids), eq(ticketMessages.visibility, 'public')))
    .orderBy(asc(ticketMessages.createdAt), asc(ticketMessages.id));
  const ratings = await tx
    .select({ ticketId: feedback.ticketId, rating: feedback.rating, comment: feedback.comment, createdAt: feedback.createdAt })
    .from(feedback)
    .where(inArray(feedback.ticketId, ids));
  const ratingOf = new Map(ratings.map((row) => [row.ticketId, { rating: row.rating, comment: row.comment, createdAt: row.createdAt.toISOString() }]));
  return rows.map(({ id, createdAt, lastActivityAt, resolvedAt, closedAt, ...ticket }) => ({
    ...ticket,
    createdAt: createdAt.toISOString(),
    lastActivityAt: lastActivityAt.toISOString(),
    resolvedAt: iso(resolvedAt),
    closedAt: iso(closedAt),
    messages: messages
      .filter((message) => message.ticketId === id)
      .map((message) => ({
        from: message.authorKind === 'requester' ? ('you' as const) : ('support' as const),
        authorName: message.authorName,
        body: message.body,
        viaEmail: message.source === 'email',
        createdAt: message.createdAt.toISOString(),
      })),
    rating: ratingOf.get(id) ?? null,
  }));
}

async function preferencesOf(tx: Transaction, userId: string): Promise<CustomerDataExport['mailPreferences']> {
  const rows = await tx.select({ kind: mailPreferences.kind, enabled: mailPreferences.enabled }).from(mailPreferences).where(eq(mailPreferences.userId, userId));
  const saved = new Map(rows.map((row) => [row.kind, row.enabled]));
  return mailChoicesFor({ role: 'customer', staffStatus: null }).map((kind) => ({
    kind,
    label: mailChoices[kind].label,
    enabled: saved.get(kind) ?? mailChoices[kind].enabledByDefault,
  }));
}

/** The file name of a download: the customer's id, never their name or email. */
export function exportFileName(data: CustomerDataExport): string {
  return `deskline-data-${data.profile.id}-${data.exportedAt.slice(0, 10)}.json`;
}
