import { and, eq, type SQL } from 'drizzle-orm';
import { getDb } from '@/db/client';
import { mailMessages, notifications, tickets } from '@/db/schema';

/** The outbox rows that match, oldest first. */
export async function mailsWhere(filter: { ticketId?: string; email?: string; kind?: string }) {
  const db = await getDb();
  const where: SQL[] = [];
  if (filter.ticketId) where.push(eq(mailMessages.ticketId, filter.ticketId));
  if (filter.email) where.push(eq(mailMessages.recipientEmail, filter.email.toLowerCase()));
  if (filter.kind) where.push(eq(mailMessages.kind, filter.kind));
  return db.select().from(mailMessages).where(and(...where)).orderBy(mailMessages.createdAt, mailMessages.id);
}

/** Kind and recipient of every mail about a ticket, apart from its confirmation. */
export async function ticketMailSummary(ticketId: string): Promise<Array<[string, string]>> {
  const mails = await mailsWhere({ ticketId });
  return mails.filter((mail) => mail.kind !== 'ticket_received').map((mail) => [mail.kind, mail.recipientEmail]);
}

export async function notificationsOf(userId: string) {
  const db = await getDb();
  return db
    .select({ kind: notifications.kind, title: notifications.title, href: notifications.href, ticketId: notifications.ticketId, actorName: notifications.actorName })
    .from(notifications)
    .where(eq(notifications.userId, userId))
    .orderBy(notifications.createdAt);
}

export async function assigneeOf(ticketId: string): Promise<string | null> {
  const db = await getDb();
  const [row] = await db.select({ assigneeId: tickets.assigneeId }).from(tickets).where(eq(tickets.id, ticketId));
  return row?.assigneeId ?? null;
}

/** The first link to this app path prefix in a mail's text, e.g. `/t/`. */
export function linkIn(text: string, prefix: string): string | undefined {
  return new RegExp(`https?://[^\\s)]+${prefix.replace(/[/]/g, '\\/')}[^\\s)?]+`).exec(text)?.[0];
}
