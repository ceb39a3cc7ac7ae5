import { and, eq, inArray, isNotNull } from 'drizzle-orm';
import { getDb, type Transaction } from '@/db/client';
import { mailMessages, mailSuppressions, notifications, tickets } from '@/db/schema';
import { suppressAddress } from '../suppression';
import { parseAddresses } from './addresses';

export type UndeliverableEvent =
  | { type: 'email.bounced'; data: { email_id?: string | null; to: string[]; bounce?: { type?: string | null; subType?: string | null; message?: string | null } | null } }
  | { type: 'email.complained'; data: { email_id?: string | null; to: string[] } };

export type UndeliverableOutcome = 'suppressed' | 'ignored_soft_bounce';

/** A bounce that says it may pass (a full mailbox, a server down) is no reason to stop mailing. */
function isHardBounce(type: string | null | undefined): boolean {
  return !type || /permanent|hard/i.test(type);
}

/**
 * The assignee of the ticket whose mail bounced hears of it once, when the address is first
 * suppressed, so a webhook delivered twice notifies once.
 */
async function notifyAssignee(tx: Transaction, providerMessageId: string, email: string, what: string): Promise<void> {
  const rows = await tx
    .select({ ticketId: tickets.id, number: tickets.number, assigneeId: tickets.assigneeId })
    .from(mailMessages)
    .innerJoin(tickets, eq(tickets.id, mailMessages.ticketId))
    .where(and(eq(mailMessages.providerMessageId, providerMessageId), isNotNull(tickets.assigneeId)))
    .limit(1);
  const ticket = rows[0];
  if (!ticket?.assigneeId) return;
  await tx.insert(notifications).values({
    userId: ticket.assigneeId,
    ticketId: ticket.ticketId,
    kind: 'mail_undeliverable',
    title: `Mail to ${email} ${what}: replies on ${ticket.number} are not emailed`.slice(0, 300),
    href: `/desk/tickets/${ticket.number}`,
  });
}

/**
 * `email.bounced` (hard bounces only) and `email.complained`: the recipients go on the
 * suppression list, so no more mail is sent to them, and the desk shows it on their tickets.
 */
export async function markUndeliverable(event: UndeliverableEvent, now = new Date()): Promise<UndeliverableOutcome> {
  const bounced = event.type === 'email.bounced';
  const bounce = event.type === 'email.bounced' ? event.data.bounce : null;
  if (bounced && !isHardBounce(bounce?.type)) return 'ignored_soft_bounce';
  const reason = bounced ? 'bounced' : 'complained';
  const detail = bounced
    ? [bounce?.type, bounce?.subType].filter(Boolean).join('/') + (bounce?.message ? `: ${bounce.message}` : '')
    : 'The recipient marked the mail as spam.';
  const emails = parseAddresses(event.data.to).map((address) => address.email);
  if (emails.length === 0) return 'suppressed';
  const db = await getDb();
  await db.transaction(async (tx) => {
    const known = await tx.select({ email: mailSuppressions.email }).from(mailSuppressions).where(inArray(mailSuppressions.email, emails));
    const already = new Set(known.map((row) => row.email));
    for (const email of emails) {
      await suppressAddress(tx, { email, reason, detail: detail.slice(0, 1000) || null, now });
      if (!already.has(email) && event.data.email_id) await notifyAssignee(tx, event.data.email_id, email, bounced ? 'bounced' : 'was reported as spam');
    }
  });
  return 'suppressed';
}
