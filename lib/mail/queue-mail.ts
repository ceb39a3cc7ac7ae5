import { randomUUID } from 'node:crypto';
import type { Transaction } from '@/db/client';
import { type MailStatus, mailMessages } from '@/db/schema';
import { renderMail } from './render';
import { replyToFor } from './reply-tokens';
import { mailSettings } from './settings';
import type { MailKind, MailProps } from './templates';
import { mailMessageId, ticketSubject, ticketThreadRoot } from './threading';
import { notifyMailQueued } from './wake';

/** Kinds that are about one ticket: they must name it, and they go in its thread. */
const ticketKinds = [
  'ticket_received',
  'staff_reply',
  'ticket_resolved',
  'closed_reply_refused',
  'ticket_assigned',
  'customer_replied',
  'unassigned_ticket',
] as const satisfies readonly MailKind[];
export type TicketMailKind = (typeof ticketKinds)[number];

export type MailRecipient = { email: string; userId?: string | null };
export type MailTicket = { id: string; number: string };

export type QueueMailInput<K extends MailKind> = {
  kind: K;
  to: MailRecipient;
  props: MailProps<K>;
} & (K extends TicketMailKind ? { ticket: MailTicket } : { ticket?: never });

export type QueuedMail = { id: string; status: MailStatus; messageId: string };

// Failures that may pass are retried for this long after the mail is queued.
export const RETRY_WINDOW_MS = 24 * 60 * 60 * 1000;

/**
 * Renders a mail and adds it to the outbox inside the caller's transaction: it is sent if and
 * only if that transaction commits. Without a provider key it is kept as `held`.
 */
export async function queueMail<K extends MailKind>(tx: Transaction, input: QueueMailInput<K>, now = new Date()): Promise<QueuedMail> {
  const settings = mailSettings();
  const ticket = input.ticket;
  if ((ticketKinds as readonly MailKind[]).includes(input.kind) && !ticket) throw new Error(`a ${input.kind} mail must name its ticket`);
  const rendered = await renderMail(input.kind, input.props);

  const id = randomUUID();
  const email = input.to.email.trim().toLowerCase();
  const userId = input.to.userId ?? null;
  const root = ticket ? ticketThreadRoot(ticket.id, settings.messageIdDomain) : null;
  const reply = ticket && settings.replyDomain ? await replyToFor(tx, { ticketId: ticket.id, email, userId }, settings.replyDomain, now) : null;
  const status: MailStatus = settings.apiKey ? 'queued' : 'held';

  const messageId = mailMessageId(id, settings.messageIdDomain);
  await tx.insert(mailMessages).values({
    id,
    kind: input.kind,
    recipientEmail: email,
    recipientUserId: userId,
    ticketId: ticket?.id ?? null,
    subject: (ticket ? ticketSubject(ticket.number, rendered.subject) : rendered.subject).slice(0, 300),
    html: rendered.html,
    text: rendered.text,
    messageId,
    inReplyTo: root,
    references: root,
    replyTo: reply?.address ?? null,
    replyTokenId: reply?.tokenId ?? null,
    status,
    nextAttemptAt: now,
    giveUpAt: new Date(now.getTime() + RETRY_WINDOW_MS),
    createdAt: now,
    updatedAt: now,
  });
  if (status === 'queued') await notifyMailQueued(tx);
  return { id, status, messageId };
}
