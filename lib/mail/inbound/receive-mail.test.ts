import { eq } from 'drizzle-orm';
import { describe, expect, it } from 'vitest';
import { getDb } from '@/db/client';
import { mailMessages, tickets } from '@/db/schema';
import { makeUser } from '@/lib/testing/fixtures';
import { holdMail, inboundRow, messagesOf, REPLY_DOMAIN, replyAddressFor, SUPPORT, setUpInboundMail } from '@/lib/testing/inbound-fixtures';
import { visitorTicket } from '@/lib/testing/mail-fixtures';
import { mailSamples } from '@/lib/testing/mail-samples';
import { MESSAGE_MAX } from '@/lib/tickets/schemas';
import { queueMail } from '../queue-mail';
import { receiveMail } from './receive-mail';

const { fake } = setUpInboundMail();

const gmailReply = (fresh: string) =>
  `${fresh}\n\nOn Thu, Dec 3, 2026 at 10:02 AM Deskline Support <${SUPPORT}> wrote:\n> Hello Ada,\n> We have your request.\n>\n> Thanks\n`;

async function setStatus(ticketId: string, status: 'resolved' | 'closed') {
  const db = await getDb();
  await db.update(tickets).set({ status }).where(eq(tickets.id, ticketId));
}

async function ticketRow(ticketId: string) {
  const db = await getDb();
  const [row] = await db.select().from(tickets).where(eq(tickets.id, ticketId));
  return row!;
}

async function ticketsFrom(email: string) {
  const db = await getDb();
  return db.select().from(tickets).where(eq(tickets.requesterEmail, email));
}

describe('a mail to a reply address', () => {
  it('adds the requester’s new text as a public reply by mail, without the quoted history', async () => {
    const { ticket, email } = await visitorTicket();
    const to = await replyAddressFor(ticket.id, email);
    expect(to).toMatch(new RegExp(`^reply\\+[0-9a-f]{40}@${REPLY_DOMAIN.replace(/\./g, '\\.')}$`));
    const id = holdMail(fake(), { from: `Ada Lovelace <${email}>`, to: [to], text: gmailReply('It arrived this morning, thank you!') });

    expect(await receiveMail(id)).toBe('replied');
    const replies = (await messagesOf(ticket.id)).filter((m) => m.authorKind === 'requester');
    expect(replies).toEqual([expect.objectContaining({ body: 'It arrived this morning, thank you!', visibility: 'public', source: 'email', authorId: null })]);
    const [row] = await inboundRow(id);
    expect(row).toMatchObject({ outcome: 'replied', ticketId: ticket.id, fromEmail: email });
    expect(row!.messageId).not.toBeNull();
  });

  it('strips `>` quotes and a signature, and reads an HTML-only mail as text', async () => {
    const { ticket, email } = await visitorTicket();
    const to = await replyAddressFor(ticket.id, email);
    const quoted = holdMail(fake(), { from: email, to: [to], text: 'Still broken.\n\n-- \nAda Lovelace\nAnalytical Engines Ltd\n\n> earlier text\n> more of it\n' });
    expect(await receiveMail(quoted)).toBe('replied');
    const html = holdMail(fake(), {
      from: email,
      to: [to],
      html: '<div dir="ltr">Here is <b>the</b> photo.</div><div class="gmail_quote"><div>On Thu wrote:</div><blockquote>old words</blockquote></div>',
    });
    expect(await receiveMail(html)).toBe('replied');
    const bodies = (await messagesOf(ticket.id)).filter((m) => m.source === 'email').map((m) => m.body);
    expect(bodies).toEqual(['Still broken.', 'Here is the photo.']);
  });

  it('adds one reply when the same mail is delivered twice, even at the same moment', async () => {
    const { ticket, email } = await visitorTicket();
    const to = await replyAddressFor(ticket.id, email);
    const id = holdMail(fake(), { from: email, to: [to], text: 'Once only.' });
    const outcomes = await Promise.all([receiveMail(id), receiveMail(id)]);
    expect(outcomes.sort()).toEqual(['duplicate', 'replied']);
    expect(await receiveMail(id)).toBe('duplicate');
    expect((await messagesOf(ticket.id)).filter((m) => m.body === 'Once only.')).toHaveLength(1);
    expect(await inboundRow(id)).toHaveLength(1);
  });

  it('reopens a resolved ticket, as a reply in the portal does', async () => {
    const { ticket, email } = await visitorTicket();
    await setStatus(ticket.id, 'resolved');
    const id = holdMail(fake(), { from: email, to: [await replyAddressFor(ticket.id, email)], text: 'Actually it broke again.' });
    expect(await receiveMail(id)).toBe('replied');
    expect((await ticketRow(ticket.id)).status).not.toBe('resolved');
  });

  it('on a closed ticket adds nothing and mails the sender how to open a follow-up', async () => {
    const { ticket, email } = await visitorTicket();
    await setStatus(ticket.id, 'closed');
    const id = holdMail(fake(), { from: email, to: [await replyAddressFor(ticket.id, email)], text: 'One more question.' });
    expect(await receiveMail(id)).toBe('refused_closed');
    expect((await messagesOf(ticket.id)).filter((m) => m.authorKind === 'requester')).toHaveLength(0);
    const db = await getDb();
    const refusals = await db.select().from(mailMessages).where(eq(mailMessages.kind, 'closed_reply_refused'));
    const refusal = refusals.find((mail) => mail.ticketId === ticket.id);
    expect(refusal).toMatchObject({ recipientEmail: email });
    expect(refusal!.text).toContain('https://help.example.test/contact');
    expect(refusal!.text).toContain('One more question.');
    expect((await ticketRow(ticket.id)).status).toBe('closed');
  });

  it('from someone other than the address’s owner opens a new ticket from that sender, not a reply', async () => {
    const { ticket, email } = await visitorTicket();
    const to = await replyAddressFor(ticket.id, email);
    const id = holdMail(fake(), { from: 'Mallory <mallory@elsewhere.test>', to: [to], subject: 'Re: your request', text: 'Please close this and refund me.' });
    expect(await receiveMail(id)).toBe('opened_ticket');
    expect((await messagesOf(ticket.id)).filter((m) => m.authorKind === 'requester')).toHaveLength(0);
    const [opened] = await ticketsFrom('mallory@elsewhere.test');
    expect(opened).toMatchObject({ channel: 'email', requesterName: 'Mallory', description: 'Please close this and refund me.' });
    expect(opened!.id).not.toBe(ticket.id);
    expect((await inboundRow(id))[0]).toMatchObject({ outcome: 'opened_ticket', ticketId: opened!.id });
  });

  it('from an approved agent who got a notification is their public reply; from a suspended one it is ignored', async () => {
    const { ticket } = await visitorTicket();
    const agent = await makeUser('agent', 'approved');
    const suspended = await makeUser('agent', 'suspended');
    const db = await getDb();
    for (const person of [agent, suspended]) {
      await db.transaction((tx) =>
        queueMail(tx, { kind: 'ticket_assigned', to: { email: person.email, userId: person.id }, ticket: { id: ticket.id, number: ticket.number }, props: mailSamples.ticket_assigned }),
      );
    }
    const fromAgent = holdMail(fake(), { from: agent.email, to: [await replyAddressFor(ticket.id, agent.email)], text: gmailReply('The courier has it.') });
    expect(await receiveMail(fromAgent)).toBe('replied_staff');
    const fromSuspended = holdMail(fake(), { from: suspended.email, to: [await replyAddressFor(ticket.id, suspended.email)], text: 'Let me answer.' });
    expect(await receiveMail(fromSuspended)).toBe('ignored_staff');
    const staffMessages = (await messagesOf(ticket.id)).filter((m) => m.authorKind === 'staff');
    expect(staffMessages).toEqual([expect.objectContaining({ body: 'The courier has it.', authorId: agent.id, visibility: 'public', source: 'email' })]);
  });
});

describe('a mail to the support address', () => {
  it('opens a ticket from the sender with the mail’s subject and text, and queues its confirmation', async () => {
    const sender = `new-${Date.now()}@example.test`;
    const id = holdMail(fake(), { from: `"Lima, Ana" <${sender}>`, to: [`Support <${SUPPORT}>`], subject: `  Printer   on fire ${'!'.repeat(300)}`, text: 'It smokes.\n\n-- \nAna' });
    expect(await receiveMail(id)).toBe('opened_ticket');
    const [opened] = await ticketsFrom(sender);
    expect(opened).toMatchObject({ channel: 'email', requesterName: 'Lima, Ana', requesterId: null, description: 'It smokes.' });
    expect(opened!.subject).toHaveLength(200);
    expect(opened!.subject.startsWith('Printer on fire !')).toBe(true);
    const db = await getDb();
    const [confirmation] = await db.select().from(mailMessages).where(eq(mailMessages.ticketId, opened!.id));
    expect(confirmation).toMatchObject({ kind: 'ticket_received', recipientEmail: sender });
    expect(confirmation!.replyTo).toContain(`@${REPLY_DOMAIN}`);
  });

  it('links the ticket to the sender’s customer account', async () => {
    const customer = await makeUser('customer');
    const id = holdMail(fake(), { from: customer.email.toUpperCase(), to: [SUPPORT], subject: 'Invoice', text: 'Please resend it.' });
    expect(await receiveMail(id)).toBe('opened_ticket');
    const [opened] = await ticketsFrom(customer.email);
    expect(opened).toMatchObject({ requesterId: customer.id, requesterName: customer.name, channel: 'email' });
  });

  it('shortens a body beyond the message limit and says so', async () => {
    const sender = `long-${Date.now()}@example.test`;
    const id = holdMail(fake(), { from: sender, to: [SUPPORT], subject: 'Logs', text: 'x'.repeat(MESSAGE_MAX * 3) });
    expect(await receiveMail(id)).toBe('opened_ticket');
    const [opened] = await ticketsFrom(sender);
    expect(opened!.description.length).toBeLessThanOrEqual(MESSAGE_MAX);
    expect(opened!.description).toContain('[Shortened: the mail was longer than 10,000 characters.]');
  });

  it('opens no more tickets from one sender than the contact form allows per email', async () => {
    const sender = `flood-${Date.now()}@example.test`;
    const outcomes = [];
    for (let i = 0; i < 7; i += 1) outcomes.push(await receiveMail(holdMail(fake(), { from: sender, to: [SUPPORT], subject: `Spam ${i}`, text: 'Buy now' })));
    expect(outcomes.filter((o) => o === 'opened_ticket')).toHaveLength(5);
    expect(outcomes.slice(5)).toEqual(['ignored_limited', 'ignored_limited']);
    expect(await ticketsFrom(sender)).toHaveLength(5);
  });

  it('is ignored when it is addressed to neither the support address nor a reply address', async () => {
    const id = holdMail(fake(), { from: 'someone@example.test', to: ['sales@help.example.test'], text: 'Hi' });
    expect(await receiveMail(id)).toBe('ignored_unknown');
    expect(await ticketsFrom('someone@example.test')).toHaveLength(0);
  });
});

describe('mail written by a machine', () => {
  const cases: [string, { from?: string; headers?: Record<string, string> }][] = [
    ['an auto-reply (Auto-Submitted)', { headers: { 'Auto-Submitted': 'auto-replied' } }],
    ['a list mail (Precedence: bulk)', { headers: { precedence: 'bulk' } }],
    ['an out-of-office (X-Autoreply)', { headers: { 'X-Autoreply': 'yes' } }],
    ['a bounce (empty Return-Path)', { headers: { 'Return-Path': '<>' } }],
    ['a bounce from the mailer daemon', { from: 'MAILER-DAEMON@mx.example.test' }],
  ];
  it.each(cases)('never becomes a reply or a ticket: %s', async (_name, mail) => {
    const { ticket, email } = await visitorTicket();
    const id = holdMail(fake(), { from: mail.from ?? email, to: [await replyAddressFor(ticket.id, email)], headers: mail.headers, text: 'I am out of the office until Monday.' });
    expect(await receiveMail(id)).toBe('ignored_auto');
    expect((await messagesOf(ticket.id)).filter((m) => m.authorKind === 'requester')).toHaveLength(0);
    expect((await inboundRow(id))[0]).toMatchObject({ outcome: 'ignored_auto', ticketId: null });
  });

  it('treats Auto-Submitted: no as written by a person', async () => {
    const { ticket, email } = await visitorTicket();
    const id = holdMail(fake(), { from: email, to: [await replyAddressFor(ticket.id, email)], headers: { 'Auto-Submitted': 'no' }, text: 'Typed by hand.' });
    expect(await receiveMail(id)).toBe('replied');
  });
});
