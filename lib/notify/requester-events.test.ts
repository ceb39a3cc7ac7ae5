import { eq } from 'drizzle-orm';
import { describe, expect, it } from 'vitest';
import { getDb } from '@/db/client';
import { tickets } from '@/db/schema';
import { AppError } from '@/lib/errors';
import { contactInput, freshIp, makeUser } from '@/lib/testing/fixtures';
import { withMailEnv } from '@/lib/testing/mail-env';
import { visitorTicket } from '@/lib/testing/mail-fixtures';
import { linkIn, mailsWhere, notificationsOf, ticketMailSummary } from '@/lib/testing/notify-fixtures';
import { createTicket } from '@/lib/tickets/create-ticket';
import { resolveAsRequester } from '@/lib/tickets/requester/actions';
import { getRequesterTicket } from '@/lib/tickets/requester/view';
import { sealTrackingToken } from '@/lib/tickets/tracking/sealed';
import { addStaffMessage, bulkUpdateTickets, reassignTicket, transitionTicket } from '@/lib/tickets/workspace';

withMailEnv({ AUTH_URL: 'https://help.example.test' });

async function notFoundFor(token: string): Promise<boolean> {
  const error = await getRequesterTicket({ token, ip: freshIp() }).then(() => null, (e: unknown) => e);
  return error instanceof AppError && error.code === 'not_found';
}

async function customerTicket() {
  const customer = await makeUser('customer');
  const ticket = await createTicket(customer, contactInput(), { ip: freshIp() });
  return { customer, ticket };
}

describe('a staff reply', () => {
  it('is mailed to a visitor with a private link that opens their ticket, and the link they had keeps working', async () => {
    const { ticket, email } = await visitorTicket();
    const agent = await makeUser('agent');
    await addStaffMessage(agent, { number: ticket.number, body: 'We found your parcel.', visibility: 'public' });

    expect(await ticketMailSummary(ticket.id)).toEqual([['staff_reply', email]]);
    const [mail] = await mailsWhere({ ticketId: ticket.id, kind: 'staff_reply' });
    expect(mail).toMatchObject({ recipientUserId: null, subject: `[${ticket.number}] Re: My parcel has not arrived` });
    expect(mail!.text).toContain('We found your parcel.');
    const link = linkIn(mail!.text, '/t/');
    expect(link).toBe(`https://help.example.test/t/${ticket.trackingToken}`);
    const token = link!.split('/t/')[1]!;
    expect((await getRequesterTicket({ token, ip: freshIp() })).number).toBe(ticket.number);
  });

  it('never carries an internal note: a note queues nothing and notifies no one', async () => {
    const { customer, ticket } = await customerTicket();
    const agent = await makeUser('agent');
    await addStaffMessage(agent, { number: ticket.number, body: 'Internal: customer seems upset.', visibility: 'internal' });
    expect(await ticketMailSummary(ticket.id)).toEqual([]);
    expect(await notificationsOf(customer.id)).toEqual([]);

    await addStaffMessage(agent, { number: ticket.number, body: 'Your refund is on its way.', visibility: 'public' });
    const [mail] = await mailsWhere({ ticketId: ticket.id, kind: 'staff_reply' });
    expect(mail!.text).toContain('Your refund is on its way.');
    expect(mail!.text + mail!.html).not.toContain('customer seems upset');
  });

  it('sends a customer to their portal page, does not name the assignee, and adds a notification', async () => {
    const { customer, ticket } = await customerTicket();
    const admin = await makeUser('admin');
    const assignee = await makeUser('agent', 'approved', { name: 'Quentin Assignee' });
    const replier = await makeUser('agent', 'approved', { name: 'Rita Replier' });
    await reassignTicket(admin, { number: ticket.number, assigneeId: assignee.id });
    await addStaffMessage(replier, { number: ticket.number, body: 'Here is the tracking number.', visibility: 'public' });

    const [mail] = await mailsWhere({ ticketId: ticket.id, kind: 'staff_reply' });
    expect(mail).toMatchObject({ recipientEmail: customer.email, recipientUserId: customer.id });
    expect(mail!.text).toContain(`https://help.example.test/portal/tickets/${ticket.number}`);
    expect(mail!.text).not.toContain('/t/');
    expect(mail!.text + mail!.html).not.toContain('Quentin');
    expect(await notificationsOf(customer.id)).toEqual([
      { kind: 'ticket_replied', title: `Support replied on ${ticket.number}: My parcel has not arrived`, href: `/portal/tickets/${ticket.number}`, ticketId: ticket.id, actorName: 'Rita Replier' },
    ]);
    // Staff are not mailed about the reply they or a colleague wrote.
    expect((await ticketMailSummary(ticket.id)).map(([kind]) => kind)).toEqual(['ticket_assigned', 'staff_reply']);
  });

  it('issues a fresh private link when the sealed copy cannot be opened; the old link then stops working', async () => {
    const agent = await makeUser('agent');
    const db = await getDb();
    for (const sealed of [null, sealTrackingToken('y'.repeat(43), 'a secret from before')]) {
      const { ticket } = await visitorTicket();
      await db.update(tickets).set({ trackingTokenSealed: sealed }).where(eq(tickets.id, ticket.id));
      await addStaffMessage(agent, { number: ticket.number, body: 'An answer.', visibility: 'public' });
      const [mail] = await mailsWhere({ ticketId: ticket.id, kind: 'staff_reply' });
      const token = linkIn(mail!.text, '/t/')!.split('/t/')[1]!;
      expect(token).not.toBe(ticket.trackingToken);
      expect((await getRequesterTicket({ token, ip: freshIp() })).number).toBe(ticket.number);
      expect(await notFoundFor(ticket.trackingToken)).toBe(true);
    }
  });
});

describe('a resolution', () => {
  it('mails the requester the rating links when staff resolve, alone or in bulk', async () => {
    const agent = await makeUser('agent');
    const { customer, ticket } = await customerTicket();
    await transitionTicket(agent, { number: ticket.number, to: 'resolved' });
    const [mail] = await mailsWhere({ ticketId: ticket.id, kind: 'ticket_resolved' });
    expect(mail).toMatchObject({ recipientEmail: customer.email });
    expect(mail!.text).toContain(`https://help.example.test/portal/tickets/${ticket.number}?rate=5`);
    expect(await notificationsOf(customer.id)).toEqual([
      expect.objectContaining({ kind: 'ticket_status_changed', href: `/portal/tickets/${ticket.number}`, title: `${ticket.number} is resolved: My parcel has not arrived` }),
    ]);

    const { ticket: visitors, email } = await visitorTicket();
    await bulkUpdateTickets(agent, { numbers: [visitors.number], action: 'status:resolved' });
    const [bulk] = await mailsWhere({ ticketId: visitors.id, kind: 'ticket_resolved' });
    expect(bulk).toMatchObject({ recipientEmail: email });
    expect(bulk!.text).toContain(`/t/${visitors.trackingToken}?rate=1`);
  });

  it('sends nothing when the requester resolved the ticket themselves', async () => {
    const { customer, ticket } = await customerTicket();
    await resolveAsRequester({ actor: customer, number: ticket.number });
    expect(await ticketMailSummary(ticket.id)).toEqual([]);
    expect(await notificationsOf(customer.id)).toEqual([]);
  });
});
