import { and, asc, count, eq, gt, sql } from 'drizzle-orm';
import type { Transaction } from '@/db/client';
import { categories, tickets, users } from '@/db/schema';
import { type Actor, anonymous } from '@/lib/access/actor';
import { contactPerEmail } from '@/lib/rate-limit/rules';
import { openTicket } from '@/lib/tickets/create-ticket';
import { TICKET_LIMITS } from '@/lib/tickets/schemas';
import type { MailAddress } from './addresses';
import type { InboundResult } from './inbound-log';
import { attachMailFiles, type MailFiles, noMailFiles } from './mail-files';
import { fitMessage } from './reply-text';

const DEFAULT_CATEGORY = 'general';

/** The category of tickets opened by mail: General, else the first active one. */
async function mailCategoryId(tx: Transaction): Promise<string> {
  const [row] = await tx
    .select({ id: categories.id })
    .from(categories)
    .where(eq(categories.active, true))
    .orderBy(sql`${categories.slug} <> ${DEFAULT_CATEGORY}`, asc(categories.position), asc(categories.id))
    .limit(1);
  if (!row) throw new Error('no active category to file a mailed ticket under');
  return row.id;
}

/** The sender as requester: their customer account when they have one, else a visitor by address. */
async function requesterOf(tx: Transaction, sender: MailAddress): Promise<{ actor: Actor; requester: { id: string | null; name: string; email: string; phone: string | null } }> {
  const [user] = await tx
    .select({ id: users.id, email: users.email, name: users.name, phone: users.phone, role: users.role, staffStatus: users.staffStatus })
    .from(users)
    .where(and(eq(sql`lower(${users.email})`, sender.email), eq(users.role, 'customer')))
    .limit(1);
  if (user) return { actor: { kind: 'user', ...user }, requester: { id: user.id, name: user.name, email: user.email, phone: user.phone } };
  const name = (sender.name ?? sender.email.split('@')[0] ?? sender.email).slice(0, TICKET_LIMITS.name);
  return { actor: anonymous, requester: { id: null, name, email: sender.email, phone: null } };
}

/**
 * As many tickets by mail per sender per window as the contact form allows per email. Counted
 * from the tickets themselves, inside the transaction: a flood with a forged From must not make
 * Deskline mail confirmations to someone who never wrote.
 */
async function overSenderLimit(tx: Transaction, email: string, now: Date): Promise<boolean> {
  const rule = contactPerEmail();
  const since = new Date(now.getTime() - rule.windowSeconds * 1000);
  const [row] = await tx
    .select({ opened: count() })
    .from(tickets)
    .where(and(eq(tickets.channel, 'email'), eq(sql`lower(${tickets.requesterEmail})`, email), gt(tickets.createdAt, since)));
  return (row?.opened ?? 0) >= rule.points;
}

/**
 * A new ticket from a mail, as if the sender had filled in the contact form: subject from the
 * mail, the text as description, channel `email`. Its confirmation is queued by the ticket's own
 * transaction (insertTicket), with a reply address, so the conversation goes on by mail. The
 * mail's files join the ticket's opening.
 */
export async function openTicketFromMail(
  tx: Transaction,
  mail: { sender: MailAddress; subject: string; text: string },
  now: Date,
  detail: string | null = null,
  files: MailFiles = noMailFiles,
): Promise<InboundResult> {
  if (await overSenderLimit(tx, mail.sender.email, now)) return { outcome: 'ignored_limited', detail: 'too many tickets by mail from this sender' };
  const { actor, requester } = await requesterOf(tx, mail.sender);
  const subject = mail.subject.replace(/\s+/g, ' ').trim().slice(0, TICKET_LIMITS.subject).trim() || '(no subject)';
  const message = fitMessage(mail.text) || '(The mail had no text.)';
  const ticket = await openTicket(tx, actor, { subject, message, requester }, { categoryId: await mailCategoryId(tx), channel: 'email', now });
  await attachMailFiles(tx, actor, files, { ticketId: ticket.id, messageId: null });
  return { outcome: 'opened_ticket', detail, ticketId: ticket.id };
}
