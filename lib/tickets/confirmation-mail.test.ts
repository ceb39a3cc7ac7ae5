import { eq } from 'drizzle-orm';
import { describe, expect, it } from 'vitest';
import { getDb } from '@/db/client';
import { mailMessages } from '@/db/schema';
import { contactInput, freshIp, makeUser } from '@/lib/testing/fixtures';
import { withMailEnv } from '@/lib/testing/mail-env';
import { visitorTicket } from '@/lib/testing/mail-fixtures';
import { createTicket } from './create-ticket';

withMailEnv({ AUTH_URL: 'https://help.example.test/some/path' });

async function mailsOf(ticketId: string) {
  const db = await getDb();
  return db.select().from(mailMessages).where(eq(mailMessages.ticketId, ticketId));
}

describe('the new-ticket confirmation', () => {
  it('is queued with a visitor’s ticket, to the requester, with the number and the private link', async () => {
    const { ticket, email } = await visitorTicket({ subject: 'Lamp <never> arrived' });
    const mails = await mailsOf(ticket.id);
    expect(mails).toHaveLength(1);
    const [mail] = mails;
    expect(mail).toMatchObject({ kind: 'ticket_received', recipientEmail: email, recipientUserId: null, subject: `[${ticket.number}] We have your request: Lamp <never> arrived` });
    // No provider key in tests: kept, visible, not lost.
    expect(mail!.status).toBe('held');
    const link = `https://help.example.test/t/${ticket.trackingToken}`;
    expect(mail!.text).toContain(link);
    expect(mail!.text).toContain(ticket.number);
    expect(mail!.html).toContain(`href="${link}"`);
    expect(mail!.html).toContain('Lamp &lt;never&gt; arrived');
  });

  it('sends a signed-in customer to My tickets, not to a private link', async () => {
    const customer = await makeUser('customer');
    const ticket = await createTicket(customer, contactInput(), { ip: freshIp() });
    const [mail] = await mailsOf(ticket.id);
    expect(mail).toMatchObject({ recipientEmail: customer.email, recipientUserId: customer.id });
    expect(mail!.text).toContain(`https://help.example.test/portal/tickets/${ticket.number}`);
    expect(mail!.text).not.toContain('/t/');
  });

  it('is queued for a ticket opened in the portal too', async () => {
    const customer = await makeUser('customer');
    const { number } = await createTicket(customer, { subject: 'Invoice copy', message: 'Please send it again.', category: 'billing', priority: 'low' }, { channel: 'portal', ip: freshIp() });
    const db = await getDb();
    const [mail] = await db.select().from(mailMessages).where(eq(mailMessages.subject, `[${number}] We have your request: Invoice copy`));
    expect(mail).toMatchObject({ kind: 'ticket_received', recipientEmail: customer.email });
  });

  it('goes to the requester named on a ticket an agent logs for them', async () => {
    const agent = await makeUser('agent', 'approved');
    const input = contactInput();
    const ticket = await createTicket(agent, input, { ip: freshIp() });
    const [mail] = await mailsOf(ticket.id);
    expect(mail!.recipientEmail).toBe(String(input.email).toLowerCase());
    expect(mail!.text).toContain(`/t/${ticket.trackingToken}`);
  });
});
