import 'server-only';
import { and, eq, inArray, isNull, or, sql } from 'drizzle-orm';
import { getDb, type Transaction } from '@/db/client';
import { attachments, auditEvents, mailInbound, mailMessages, mailReplyTokens, notifications, ticketEvents, ticketMessages, tickets, users } from '@/db/schema';
import type { Actor } from '@/lib/access/actor';
import { assertCan } from '@/lib/access/permissions';
import { recordAudit } from '@/lib/audit/record';
import { AppError, parseInput } from '@/lib/errors';
import { DELETED_CUSTOMER_NAME, deletedCustomerEmail } from './labels';
import { anonymiseCustomerSchema, deleteAccountSchema } from './schemas';

export type DeletionSummary = { tickets: number; messages: number };

const mismatch = () =>
  new AppError('validation', 'The email address does not match the account.', { fields: { confirmEmail: ['Type the account’s email address exactly.'] } });

/** A customer deletes their own account, confirmed by typing its email address. */
export async function deleteOwnAccount(actor: Actor, input: unknown): Promise<DeletionSummary> {
  assertCan(actor, 'account:self-service');
  if (actor.kind !== 'user') throw new AppError('unauthorized', 'Please sign in to continue.');
  const { confirmEmail } = parseInput(deleteAccountSchema, input);
  return eraseCustomer(actor, actor.id, confirmEmail);
}

/** An admin does the same for any customer, for a request made by mail or on a ticket. */
export async function anonymiseCustomer(actor: Actor, input: unknown): Promise<DeletionSummary> {
  assertCan(actor, 'customer:data');
  const { userId, confirmEmail } = parseInput(anonymiseCustomerSchema, input);
  return eraseCustomer(actor, userId, confirmEmail);
}

/**
 * Removes the account and everything that names the person, in one transaction: their tickets and
 * messages stay for the team under "Deleted customer" and an address that cannot be mailed; mail
 * choices, notifications, sessions and reset links go with the user row (foreign keys cascade);
 * reply addresses, private links and every mail to them are removed so nothing reaches them again.
 */
async function eraseCustomer(actor: Actor, userId: string, confirmEmail: string): Promise<DeletionSummary> {
  const db = await getDb();
  return db.transaction(async (tx) => {
    const [user] = await tx.select({ id: users.id, email: users.email, name: users.name, role: users.role }).from(users).where(eq(users.id, userId)).for('update');
    if (!user) throw new AppError('not_found', 'No such customer.');
    if (user.role !== 'customer') {
      throw new AppError('conflict', 'Staff accounts are not deleted: they hold the record of the tickets they worked. Suspend the account instead.');
    }
    if (user.email.toLowerCase() !== confirmEmail) throw mismatch();
    const email = user.email.toLowerCase();
    const placeholder = deletedCustomerEmail(user.id);

    // The names their tickets were sent under, which trails written through a private link carry.
    const sentAs = await tx.selectDistinct({ name: tickets.requesterName }).from(tickets).where(eq(tickets.requesterId, user.id));
    const names = [...new Set([user.name, ...sentAs.map((row) => row.name)])];

    const owned = await tx
      .update(tickets)
      .set({
        requesterName: DELETED_CUSTOMER_NAME,
        requesterEmail: placeholder,
        requesterPhone: null,
        // The private link and its sealed copy would still open the ticket from an old mail.
        trackingTokenHash: null,
        trackingTokenSealed: null,
        trackingTokenIssuedAt: null,
        updatedAt: new Date(),
      })
      .where(eq(tickets.requesterId, user.id))
      .returning({ id: tickets.id });
    const ticketIds = owned.map((ticket) => ticket.id);

    const authored = or(
      eq(ticketMessages.authorId, user.id),
      ticketIds.length ? and(inArray(ticketMessages.ticketId, ticketIds), eq(ticketMessages.authorKind, 'requester')) : undefined,
    );
    const messages = await tx
      .update(ticketMessages)
      .set({ authorName: DELETED_CUSTOMER_NAME, authorEmail: null })
      .where(authored)
      .returning({ id: ticketMessages.id });

    const files = await removeTheirFiles(tx, user.id, ticketIds, messages.map((message) => message.id));
    await scrubTrails(tx, user, names, ticketIds, placeholder);
    await tx.delete(mailReplyTokens).where(
      or(eq(mailReplyTokens.userId, user.id), eq(mailReplyTokens.email, email), ticketIds.length ? inArray(mailReplyTokens.ticketId, ticketIds) : undefined),
    );
    // Mail to them, sent or not: its body carries their name and their messages.
    await tx.delete(mailMessages).where(or(eq(mailMessages.recipientUserId, user.id), sql`lower(${mailMessages.recipientEmail}) = ${email}`));
    await tx.update(mailInbound).set({ fromEmail: placeholder }).where(sql`lower(${mailInbound.fromEmail}) = ${email}`);

    await recordAudit(tx, actor, {
      kind: 'account_anonymised',
      subjectType: 'user',
      subjectId: user.id,
      subjectLabel: placeholder,
      detail: { tickets: ticketIds.length, messages: messages.length, files, by: actor.kind === 'user' && actor.id === user.id ? 'self' : 'admin' },
    });
    // The trail keeps who did what, not who they were: their own audit rows lose the name too.
    await tx.update(auditEvents).set({ actorName: DELETED_CUSTOMER_NAME }).where(eq(auditEvents.actorId, user.id));
    await tx.delete(users).where(eq(users.id, user.id));
    return { tickets: ticketIds.length, messages: messages.length };
  });
}

/**
 * Their files go: a photo or a scanned letter names a person as surely as an address. Staff files
 * stay. Deleting the rows queues their stored objects (a trigger), which the sweeper removes.
 */
async function removeTheirFiles(tx: Transaction, userId: string, ticketIds: string[], messageIds: string[]): Promise<number> {
  const removed = await tx
    .delete(attachments)
    .where(
      or(
        eq(attachments.uploadedBy, userId),
        ticketIds.length ? and(inArray(attachments.ticketId, ticketIds), isNull(attachments.messageId)) : undefined,
        messageIds.length ? inArray(attachments.messageId, messageIds) : undefined,
      ),
    )
    .returning({ id: attachments.id });
  return removed.length;
}

/** Names in ticket trails, notifications to staff and the audit log's labels. */
async function scrubTrails(tx: Transaction, user: { id: string }, names: string[], ticketIds: string[], placeholder: string): Promise<void> {
  await tx
    .update(ticketEvents)
    .set({ actorName: DELETED_CUSTOMER_NAME })
    .where(or(eq(ticketEvents.actorId, user.id), ticketIds.length ? and(inArray(ticketEvents.ticketId, ticketIds), inArray(ticketEvents.actorName, names)) : undefined));
  for (const name of ticketIds.length ? names : []) {
    await tx
      .update(notifications)
      .set({ actorName: DELETED_CUSTOMER_NAME, title: sql`replace(${notifications.title}, ${name}, ${DELETED_CUSTOMER_NAME})` })
      .where(and(inArray(notifications.ticketId, ticketIds), eq(notifications.actorName, name)));
  }
  const aboutThem = and(eq(auditEvents.subjectType, 'user'), eq(auditEvents.subjectId, user.id));
  await tx.update(auditEvents).set({ subjectLabel: placeholder }).where(aboutThem);
  await tx.update(auditEvents).set({ fromValue: null, toValue: null }).where(and(aboutThem, eq(auditEvents.kind, 'profile_changed')));
}
