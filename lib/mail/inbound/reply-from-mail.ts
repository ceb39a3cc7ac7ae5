import { eq } from 'drizzle-orm';
import type { Transaction } from '@/db/client';
import { tickets, users } from '@/db/schema';
import { type Actor, anonymous, isActiveStaff, type UserActor } from '@/lib/access/actor';
import { type LockedTicket, lockTicketWhere } from '@/lib/tickets/locked-ticket';
import { survivorOf } from '@/lib/tickets/merge/survivor';
import { writeRequesterReply } from '@/lib/tickets/requester/actions';
import { writeStaffMessage } from '@/lib/tickets/workspace/staff-message';
import { queueMail } from '../queue-mail';
import type { ReplyRecipient } from '../reply-tokens';
import { appUrl } from '../settings';
import type { InboundResult } from './inbound-log';
import { attachMailFiles, type MailFiles, noMailFiles } from './mail-files';
import { fitMessage } from './reply-text';

// A mail of files without a word still says something; its message needs a text.
const FILES_ONLY = '(The mail had only files.)';

async function userById(tx: Transaction, id: string): Promise<UserActor | null> {
  const [row] = await tx
    .select({ id: users.id, email: users.email, name: users.name, phone: users.phone, role: users.role, staffStatus: users.staffStatus })
    .from(users)
    .where(eq(users.id, id))
    .limit(1);
  return row ? { kind: 'user', ...row } : null;
}

/** The reply address was the requester's: their account's when the ticket has one, else their email's. */
function isRequesterToken(recipient: ReplyRecipient, ticket: LockedTicket): boolean {
  if (ticket.requesterId) return recipient.userId === ticket.requesterId;
  return recipient.userId === null && recipient.email === ticket.requesterEmail.toLowerCase();
}

/** "Your message was not added": the ticket is closed, here is how to open a follow-up. */
async function refuseClosed(tx: Transaction, ticket: LockedTicket, recipient: ReplyRecipient, body: string, now: Date): Promise<void> {
  const [row] = await tx.select({ subject: tickets.subject }).from(tickets).where(eq(tickets.id, ticket.id));
  const followUpUrl = ticket.requesterId ? appUrl(`/portal/tickets/new?followUp=${encodeURIComponent(ticket.number)}`) : appUrl('/contact');
  await queueMail(
    tx,
    {
      kind: 'closed_reply_refused',
      to: { email: recipient.email, userId: recipient.userId },
      ticket: { id: ticket.id, number: ticket.number },
      props: { requesterName: ticket.requesterName, number: ticket.number, subject: row?.subject ?? ticket.number, followUpUrl, yourMessage: body || undefined },
    },
    now,
  );
}

/**
 * A mail to a reply address whose sender is the person it was issued to (the caller checked).
 * The requester's reply follows the portal's rules: it reopens a resolved ticket, and a closed
 * one refuses it with a mail back. A staff member who answers a notification by mail replies
 * publicly as themselves only while they are still approved staff, as read now; otherwise the
 * mail is ignored, never posted.
 */
export async function replyFromMail(tx: Transaction, recipient: ReplyRecipient, text: string, now: Date, files: MailFiles = noMailFiles): Promise<InboundResult | null> {
  const issuedFor = await lockTicketWhere(tx, eq(tickets.id, recipient.ticketId));
  if (!issuedFor) return null;
  // The ticket this address was issued for may have been merged: the mail goes to the survivor,
  // from the person it was issued to, judged against the ticket it was issued for.
  const survivor = await survivorOf(tx, issuedFor.id);
  const ticket = survivor ? await lockTicketWhere(tx, eq(tickets.id, survivor.id)) : issuedFor;
  if (!ticket) return null;
  const body = fitMessage(text) || (files.refs.length > 0 ? FILES_ONLY : '');
  const base = { ticketId: ticket.id };

  if (isRequesterToken(recipient, issuedFor)) {
    if (ticket.archivedAt) return { ...base, outcome: 'refused_archived' };
    if (ticket.status === 'closed') {
      await refuseClosed(tx, ticket, recipient, body, now);
      return { ...base, outcome: 'refused_closed' };
    }
    if (!body) return { ...base, outcome: 'ignored_empty' };
    const customer = issuedFor.requesterId ? await userById(tx, issuedFor.requesterId) : null;
    const actor: Actor = customer ?? anonymous;
    const author = { authorId: issuedFor.requesterId, authorName: customer?.name ?? issuedFor.requesterName };
    const { messageId } = await writeRequesterReply(tx, { ticket, actor, ...author }, body, 'email');
    await attachMailFiles(tx, actor, files, { ticketId: ticket.id, messageId });
    return { ...base, outcome: 'replied', messageId };
  }

  const staff = recipient.userId ? await userById(tx, recipient.userId) : null;
  if (!staff || !isActiveStaff(staff) || staff.email.toLowerCase() !== recipient.email) {
    return { ...base, outcome: 'ignored_staff', detail: 'the reply address belongs to no active staff member' };
  }
  if (ticket.archivedAt) return { ...base, outcome: 'refused_archived' };
  // Staff get no refusal mail: the desk shows them the ticket is closed.
  if (ticket.status === 'closed') return { ...base, outcome: 'refused_closed' };
  if (!body) return { ...base, outcome: 'ignored_empty' };
  const message = await writeStaffMessage(tx, staff, ticket, { body, visibility: 'public', source: 'email' });
  await attachMailFiles(tx, staff, files, { ticketId: ticket.id, messageId: message.id });
  return { ...base, outcome: 'replied_staff', messageId: message.id };
}
