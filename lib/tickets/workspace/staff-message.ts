import 'server-only';
import { and, desc, eq, gt, isNull, ne, or, sql } from 'drizzle-orm';
import { getDb, type Transaction } from '@/db/client';
import { type TicketStatus, ticketMessages, tickets } from '@/db/schema';
import type { Actor, UserActor } from '@/lib/access/actor';
import { assertCan } from '@/lib/access/permissions';
import { AppError, parseInput } from '@/lib/errors';
import { attachFiles } from '@/lib/files/attach';
import { notifyStaffReply } from '@/lib/notify';
import { slaAfterStaffReply } from '@/lib/sla/ticket-clock';
import { parseAttachmentRefs } from '../attachment-refs';
import { recordTicketEvent } from '../events';
import { assertNotArchived, type LockedTicket, lockTicketByNumber } from '../locked-ticket';
import { type MessageSource, staffMessageSchema } from '../schemas';
import { applyTransition } from './transition-ticket';

export type AddedMessage = { id: string; visibility: 'public' | 'internal'; createdAt: Date; status: TicketStatus };

/**
 * A staff reply to the requester or an internal note, with files uploaded for it (refs). The
 * first public reply sets the first-response time; notes, and their files, never change what the
 * requester sees. With `status` the ticket moves along the status machine in the same
 * transaction: a move the machine refuses sends nothing.
 */
export async function addStaffMessage(
  actor: Actor,
  input: { number: string; body: unknown; visibility: unknown; seenMessageId?: unknown; attachments?: unknown; status?: unknown },
): Promise<AddedMessage> {
  assertCan(actor, 'ticket:work');
  if (actor.kind !== 'user') throw new AppError('unauthorized', 'Please sign in to continue.');
  const { body, visibility, seenMessageId, status } = parseInput(staffMessageSchema, {
    body: input.body,
    visibility: input.visibility,
    seenMessageId: input.seenMessageId,
    status: input.status,
  });
  const attachments = parseAttachmentRefs(input.attachments);
  const db = await getDb();
  return db.transaction(async (tx) => {
    const ticket = await lockTicketByNumber(tx, input.number);
    // Only replies are held: two answers to the customer is the harm; a note reaches nobody outside.
    if (visibility === 'public' && seenMessageId != null) await assertNothingNewer(tx, actor, ticket, seenMessageId);
    const message = await writeStaffMessage(tx, actor, ticket, { body, visibility, attachments });
    // After the message, so that its events come first; a refusal here rolls the message back too.
    if (status) await applyTransition(tx, actor, ticket, status, { field: 'status' });
    return { ...message, status: ticket.status };
  });
}

/**
 * The stale-reply guard: under the ticket's lock, so of two agents sending with the same view
 * one goes through and the other sees the first one's reply.
 */
async function assertNothingNewer(tx: Transaction, actor: UserActor, ticket: LockedTicket, seenMessageId: string): Promise<void> {
  let after: Date | null = null;
  if (seenMessageId) {
    const [seen] = await tx
      .select({ createdAt: ticketMessages.createdAt })
      .from(ticketMessages)
      .where(and(eq(ticketMessages.id, seenMessageId), eq(ticketMessages.ticketId, ticket.id)))
      .limit(1);
    if (!seen) throw new AppError('validation', 'Not a message of this ticket.', { fields: { seenMessageId: ['Not a message of this ticket.'] } });
    after = seen.createdAt;
  }
  const [newer] = await tx
    .select({ authorName: ticketMessages.authorName })
    .from(ticketMessages)
    .where(
      and(
        eq(ticketMessages.ticketId, ticket.id),
        eq(ticketMessages.visibility, 'public'),
        or(isNull(ticketMessages.authorId), ne(ticketMessages.authorId, actor.id)),
        after ? gt(ticketMessages.createdAt, after) : undefined,
      ),
    )
    .orderBy(desc(ticketMessages.createdAt))
    .limit(1);
  if (newer) {
    const message = `${newer.authorName} replied after you started writing. Read the new message, then send again.`;
    throw new AppError('conflict', message, { fields: { seenMessageId: [message] } });
  }
}

/**
 * addStaffMessage's work inside the caller's transaction, on a ticket the caller has locked and
 * by staff the caller has checked: the desk and a reply by mail (lib/mail/inbound) alike.
 */
export async function writeStaffMessage(
  tx: Transaction,
  actor: UserActor,
  ticket: LockedTicket,
  { body, visibility, source = 'web', attachments = [] }: { body: string; visibility: 'public' | 'internal'; source?: MessageSource; attachments?: string[] },
): Promise<Omit<AddedMessage, 'status'>> {
  assertNotArchived(ticket);
  if (ticket.status === 'closed' && visibility === 'public') {
    throw new AppError('conflict', 'This ticket is closed; it takes no more replies. Add an internal note instead.');
  }
  const now = new Date();
  const [message] = await tx
    .insert(ticketMessages)
    .values({ ticketId: ticket.id, visibility, authorKind: 'staff', authorId: actor.id, authorName: actor.name, body, source, createdAt: now })
    .returning({ id: ticketMessages.id, visibility: ticketMessages.visibility, createdAt: ticketMessages.createdAt });
  if (!message) throw new Error('message insert returned no row');
  if (attachments.length) await attachFiles(tx, actor, attachments, { ticketId: ticket.id, messageId: message.id });
  await tx
    .update(tickets)
    .set(
      visibility === 'public'
        ? {
            lastActivityAt: now,
            lastPublicActivityAt: now,
            updatedAt: now,
            lastMessageBy: 'staff',
            firstResponseAt: sql`coalesce(${tickets.firstResponseAt}, ${now.toISOString()}::timestamptz)`,
          }
        : // A note is activity for the team only: what the requester sees as last activity stays put.
          { lastActivityAt: now, updatedAt: now },
    )
    .where(eq(tickets.id, ticket.id));
  if (visibility === 'public') await slaAfterStaffReply(tx, ticket.id);
  await recordTicketEvent(tx, actor, ticket, { kind: visibility === 'public' ? 'replied' : 'note_added', message: { id: message.id, visibility } });
  await notifyStaffReply(tx, actor, ticket.id, { visibility, body, createdAt: now });
  return message;
}
