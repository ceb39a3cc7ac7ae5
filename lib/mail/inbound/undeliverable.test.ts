import { and, eq } from 'drizzle-orm';
import { describe, expect, it } from 'vitest';
import { getDb } from '@/db/client';
import { mailMessages, notifications, tickets } from '@/db/schema';
import { makeUser } from '@/lib/testing/fixtures';
import { setUpInboundMail, suppressionOf } from '@/lib/testing/inbound-fixtures';
import { visitorTicket } from '@/lib/testing/mail-fixtures';
import { getDeskTicket } from '@/lib/tickets/workspace/desk-ticket';
import { markUndeliverable } from './undeliverable';

setUpInboundMail();

/** A visitor's ticket held by an agent, whose confirmation Resend accepted under `providerId`. */
async function assignedTicketWithSentMail(providerId: string) {
  const { ticket, email } = await visitorTicket();
  const agent = await makeUser('agent', 'approved');
  const db = await getDb();
  await db.update(tickets).set({ assigneeId: agent.id }).where(eq(tickets.id, ticket.id));
  await db.update(mailMessages).set({ status: 'sent', providerMessageId: providerId }).where(eq(mailMessages.ticketId, ticket.id));
  return { ticket, email, agent };
}

async function notificationsOf(userId: string) {
  const db = await getDb();
  return db.select().from(notifications).where(and(eq(notifications.userId, userId), eq(notifications.kind, 'mail_undeliverable')));
}

describe('a bounce or complaint', () => {
  it('suppresses a hard-bounced address, shows it on the desk ticket and tells the assignee once', async () => {
    const providerId = `em_${Date.now()}`;
    const { ticket, email, agent } = await assignedTicketWithSentMail(providerId);
    const event = { type: 'email.bounced' as const, data: { email_id: providerId, to: [email], bounce: { type: 'Permanent', subType: 'General', message: 'Mailbox does not exist' } } };
    const at = new Date('2026-12-03T09:30:00Z');
    expect(await markUndeliverable(event, at)).toBe('suppressed');
    expect(await markUndeliverable(event, at)).toBe('suppressed');

    expect(await suppressionOf(email)).toMatchObject({ reason: 'bounced', detail: 'Permanent/General: Mailbox does not exist' });
    const desk = await getDeskTicket(agent, { number: ticket.number });
    expect(desk.mailUndeliverable).toEqual({ email, reason: 'bounced', since: at });
    const notes = await notificationsOf(agent.id);
    expect(notes).toHaveLength(1);
    expect(notes[0]).toMatchObject({ ticketId: ticket.id, href: `/desk/tickets/${ticket.number}` });
    expect(notes[0]!.title).toContain(email);
  });

  it('leaves a soft bounce alone', async () => {
    const { ticket, email, agent } = await assignedTicketWithSentMail(`em_soft_${Date.now()}`);
    expect(await markUndeliverable({ type: 'email.bounced', data: { to: [email], bounce: { type: 'Transient', subType: 'MailboxFull', message: 'Full' } } })).toBe('ignored_soft_bounce');
    expect(await suppressionOf(email)).toBeNull();
    expect((await getDeskTicket(agent, { number: ticket.number })).mailUndeliverable).toBeNull();
  });

  it('suppresses an address whose owner marked the mail as spam', async () => {
    const { ticket, email, agent } = await assignedTicketWithSentMail(`em_spam_${Date.now()}`);
    expect(await markUndeliverable({ type: 'email.complained', data: { to: [`Ada <${email}>`] } })).toBe('suppressed');
    expect((await getDeskTicket(agent, { number: ticket.number })).mailUndeliverable).toMatchObject({ email, reason: 'complained' });
  });
});
