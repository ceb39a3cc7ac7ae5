import 'server-only';
import { eq } from 'drizzle-orm';
import { getDb, type Transaction } from '@/db/client';
import { feedback, type TicketStatus, ticketMessages, tickets } from '@/db/schema';
import type { Actor } from '@/lib/access/actor';
import { AppError, parseInput } from '@/lib/errors';
import { attachFiles } from '@/lib/files/attach';
import { notifyRequesterReply } from '@/lib/notify';
import { slaAfterCustomerMessage } from '@/lib/sla/ticket-clock';
import { parseAttachmentRefs } from '../attachment-refs';
import { recordTicketEvent } from '../events';
import type { LockedTicket } from '../locked-ticket';
import { lockRequesterTicket, type RequesterAccess, type RequesterTicket } from './access';
import { feedbackSchema, type MessageSource, requesterReplySchema } from '../schemas';
import { applyStatusChange } from '../status-change';
import { isOpenStatus, statusAfterRequesterReply } from '../status-machine';
import { withTrackingLimit } from '../tracking/limit';

function assertWritable(ticket: LockedTicket): void {
  if (ticket.status === 'closed') {
    throw new AppError('conflict', 'This ticket is closed and takes no more replies. Open a follow-up request instead.');
  }
  if (ticket.archivedAt) throw new AppError('conflict', 'This ticket has been archived and takes no more replies.');
}

/**
 * The requester writes again, with files they uploaded (refs). A ticket waiting on them goes back
 * to work, a resolved one reopens, a closed one refuses (the requester opens a follow-up instead).
 * `uploader` is who uploaded the files when that is not the reply's author: someone signed in
 * who replies through the private link, where the reply itself is the link's.
 */
export async function addRequesterReply(
  access: RequesterAccess,
  input: { body: unknown; attachments?: unknown; uploader?: Actor },
): Promise<{ status: TicketStatus; messageId: string }> {
  const { body } = parseInput(requesterReplySchema, { body: input.body });
  const attachments = parseAttachmentRefs(input.attachments);
  const db = await getDb();
  return withTrackingLimit(access, () => db.transaction(async (tx) => {
    const locked = await lockRequesterTicket(tx, access);
    return writeRequesterReply(tx, locked, body, 'web', { refs: attachments, uploader: input.uploader ?? locked.actor });
  }));
}

/**
 * addRequesterReply's work inside the caller's transaction, on a ticket the caller has locked:
 * the portal, the private page and a reply by mail (lib/mail/inbound) go through here alike.
 */
export async function writeRequesterReply(
  tx: Transaction,
  { ticket, actor, authorId, authorName }: RequesterTicket,
  body: string,
  source: MessageSource = 'web',
  files: { refs: string[]; uploader: Actor } = { refs: [], uploader: actor },
): Promise<{ status: TicketStatus; messageId: string }> {
  assertWritable(ticket);
  const now = new Date();
  const [message] = await tx
    .insert(ticketMessages)
    .values({
      ticketId: ticket.id,
      visibility: 'public',
      authorKind: 'requester',
      authorId,
      authorName,
      authorEmail: ticket.requesterEmail,
      body,
      source,
      createdAt: now,
    })
    .returning({ id: ticketMessages.id });
  if (!message) throw new Error('message insert returned no row');
  if (files.refs.length) await attachFiles(tx, files.uploader, files.refs, { ticketId: ticket.id, messageId: message.id });
  await tx.update(tickets).set({ lastActivityAt: now, lastPublicActivityAt: now, updatedAt: now, lastMessageBy: 'requester' }).where(eq(tickets.id, ticket.id));
  await recordTicketEvent(tx, actor, ticket, { kind: 'replied', actorName: authorName, message: { id: message.id, visibility: 'public' } });
  const next = statusAfterRequesterReply(ticket.status, ticket.assigneeId !== null);
  await applyStatusChange(tx, actor, ticket, next, { now, actorName: authorName });
  await slaAfterCustomerMessage(tx, ticket.id, now);
  await notifyRequesterReply(tx, actor, ticket.id, { authorName, body, createdAt: now });
  return { status: ticket.status, messageId: message.id };
}

/** "This is solved": the requester resolves their own ticket. */
export async function resolveAsRequester(access: RequesterAccess): Promise<{ status: TicketStatus }> {
  const db = await getDb();
  return withTrackingLimit(access, () => db.transaction(async (tx) => {
    return markSolved(tx, await lockRequesterTicket(tx, access));
  }));
}

/** resolveAsRequester's work inside the caller's transaction, on a ticket the caller has locked. */
export async function markSolved(tx: Transaction, { ticket, actor, authorName }: RequesterTicket): Promise<{ status: TicketStatus }> {
  if (ticket.status === 'resolved') return { status: ticket.status };
  assertWritable(ticket);
  if (!isOpenStatus(ticket.status)) throw new AppError('conflict', 'This ticket cannot be resolved now.');
  await applyStatusChange(tx, actor, ticket, 'resolved', { actorName: authorName });
  return { status: ticket.status };
}

/**
 * Rates the help once the ticket is resolved or closed, once per ticket (the primary key settles
 * a double submission). Rating a resolved ticket closes it.
 */
export async function rateTicket(access: RequesterAccess, input: { rating: unknown; comment?: unknown }): Promise<{ rating: number; status: TicketStatus }> {
  const { rating, comment } = parseInput(feedbackSchema, { rating: input.rating, comment: input.comment });
  const db = await getDb();
  return withTrackingLimit(access, () => db.transaction(async (tx) => {
    const { ticket, actor, authorId, authorName } = await lockRequesterTicket(tx, access);
    if (ticket.status !== 'resolved' && ticket.status !== 'closed') {
      throw new AppError('conflict', 'You can rate the help once the ticket is resolved.');
    }
    const [saved] = await tx
      .insert(feedback)
      .values({ ticketId: ticket.id, rating, comment: comment ?? null, authorId })
      .onConflictDoNothing()
      .returning({ rating: feedback.rating });
    if (!saved) throw new AppError('conflict', 'This ticket has already been rated. Thank you!');
    await recordTicketEvent(tx, actor, ticket, { kind: 'feedback_given', to: String(rating), actorName: authorName });
    if (ticket.status === 'resolved') await applyStatusChange(tx, actor, ticket, 'closed', { actorName: authorName });
    return { rating, status: ticket.status };
  }));
}
