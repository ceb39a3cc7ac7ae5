import { eq } from 'drizzle-orm';
import { describe, expect, it } from 'vitest';
import { getDb } from '@/db/client';
import { ticketEvents, tickets } from '@/db/schema';
import { anonymous } from '@/lib/access/actor';
import { AppError } from '@/lib/errors';
import { contactInput, freshIp, makeUser } from '@/lib/testing/fixtures';
import { createTicket } from './create-ticket';
import { transitionTicket } from './workspace/transition-ticket';

async function fieldErrorsOf(promise: Promise<unknown>): Promise<Record<string, string[]>> {
  const error = await promise.then(
    () => null,
    (e: unknown) => e,
  );
  expect(error).toBeInstanceOf(AppError);
  expect((error as AppError).code).toBe('validation');
  return (error as AppError).fields ?? {};
}

describe('createTicket', () => {
  it('gives a visitor a numbered open ticket and writes its created event in the same go', async () => {
    const ticket = await createTicket(anonymous, contactInput(), { ip: freshIp() });
    expect(ticket.number).toMatch(/^HD-\d{8}-\d{4}$/);
    expect(ticket.status).toBe('open');

    const db = await getDb();
    const events = await db.select().from(ticketEvents).where(eq(ticketEvents.ticketId, ticket.id));
    expect(events).toHaveLength(1);
    expect(events[0]).toMatchObject({ kind: 'created', toValue: 'open', ticketNumber: ticket.number, actorId: null });

    const [row] = await db.select().from(tickets).where(eq(tickets.id, ticket.id));
    expect(row).toMatchObject({ requesterId: null, channel: 'web_form', priority: 'medium', externalRef: 'ORD-1042' });
  });

  it('numbers tickets per day and starts each day again at 0001', async () => {
    const first = await createTicket(anonymous, contactInput(), { now: new Date('2031-02-03T00:00:01Z') });
    const second = await createTicket(anonymous, contactInput(), { now: new Date('2031-02-03T23:59:59Z') });
    const nextDay = await createTicket(anonymous, contactInput(), { now: new Date('2031-02-04T08:00:00Z') });
    expect([first.number, second.number, nextDay.number]).toEqual([
      'HD-20310203-0001',
      'HD-20310203-0002',
      'HD-20310204-0001',
    ]);
  });

  it('gives 200 concurrent submissions 200 distinct numbers', async () => {
    const now = new Date('2032-06-15T12:00:00Z');
    const created = await Promise.all(
      Array.from({ length: 200 }, () => createTicket(anonymous, contactInput(), { now })),
    );
    const numbers = new Set(created.map((t) => t.number));
    expect(numbers.size).toBe(200);
    expect([...numbers].sort().at(-1)).toBe('HD-20320615-0200');
  });

  it('links a signed-in customer’s ticket to their account under the account’s email', async () => {
    const customer = await makeUser('customer');
    const ticket = await createTicket(customer, contactInput({ email: 'someone-else@example.test' }), { ip: freshIp() });
    const db = await getDb();
    const [row] = await db.select().from(tickets).where(eq(tickets.id, ticket.id));
    expect(row).toMatchObject({ requesterId: customer.id, requesterEmail: customer.email });
  });

  it('stores quotes, angle brackets, emoji and non-Latin scripts exactly as typed', async () => {
    const subject = `"Quoted" <script>alert('x')</script> & café 🚚 配送 доставка`;
    const message = `Line one\n<b>not bold</b> — שלום 👋🏽`;
    const ticket = await createTicket(anonymous, contactInput({ subject, message }), { ip: freshIp() });
    const db = await getDb();
    const [row] = await db.select().from(tickets).where(eq(tickets.id, ticket.id));
    expect(row?.subject).toBe(subject);
    expect(row?.description).toBe(message);
  });

  const invalid: Array<[string, Record<string, unknown>, string, RegExp]> = [
    ['a missing name', { name: '  ' }, 'name', /Enter your name/],
    ['a name over 120 characters', { name: 'n'.repeat(121) }, 'name', /120 characters/],
    ['a malformed email', { email: 'not-an-email' }, 'email', /valid email/],
    ['a missing email', { email: '' }, 'email', /Enter your email/],
    ['a malformed phone', { phone: 'call me' }, 'phone', /valid phone/],
    ['a phone with too few digits', { phone: '12' }, 'phone', /valid phone/],
    ['a missing subject', { subject: '' }, 'subject', /Enter a subject/],
    ['a subject over 200 characters', { subject: 's'.repeat(201) }, 'subject', /200 characters/],
    ['a missing message', { message: '' }, 'message', /Enter your message/],
    ['a message over 10,000 characters', { message: 'm'.repeat(10_001) }, 'message', /10,000 characters/],
    ['a missing category', { category: '' }, 'category', /Choose a category/],
    ['an unknown category', { category: 'astrology' }, 'category', /from the list/],
    ['a reference over 100 characters', { reference: 'r'.repeat(101) }, 'reference', /100 characters/],
    ['a filled-in honeypot', { website: 'https://spam.example' }, 'website', /empty/],
  ];

  it.each(invalid)('refuses %s with an error on that field', async (_label, overrides, field, message) => {
    const fields = await fieldErrorsOf(createTicket(anonymous, contactInput(overrides), { ip: freshIp() }));
    expect(Object.keys(fields)).toEqual([field]);
    expect(fields[field]?.[0]).toMatch(message);
  });

  it('accepts the longest allowed values and an optional phone', async () => {
    const ticket = await createTicket(
      anonymous,
      contactInput({ name: 'n'.repeat(120), subject: 's'.repeat(200), message: 'm'.repeat(10_000), phone: '+44 20 7946 0958' }),
      { ip: freshIp() },
    );
    expect(ticket.number).toMatch(/^HD-/);
  });

  it('stops the sixth submission from one address within ten minutes and says when to retry', async () => {
    const ip = freshIp();
    for (let i = 0; i < 5; i += 1) await createTicket(anonymous, contactInput(), { ip });
    const error = await createTicket(anonymous, contactInput(), { ip }).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(AppError);
    expect((error as AppError).code).toBe('rate_limited');
    expect((error as AppError).message).toMatch(/Too many submissions\. Please try again in (10|9) minutes\./);
    expect((error as AppError).retryAfterSeconds).toBeGreaterThan(500);
    expect((error as AppError).retryAfterSeconds).toBeLessThanOrEqual(600);
  });

  it('stops the sixth submission for one email whatever address it comes from', async () => {
    const email = 'Repeat.Sender@Example.test';
    for (let i = 0; i < 5; i += 1) await createTicket(anonymous, contactInput({ email }), { ip: freshIp() });
    const error = await createTicket(anonymous, contactInput({ email: email.toLowerCase() }), { ip: freshIp() }).catch(
      (e: unknown) => e,
    );
    expect((error as AppError).code).toBe('rate_limited');
  });

  it('lets approved staff log tickets without the public form’s limits, but not pending agents', async () => {
    const agent = await makeUser('agent', 'approved');
    const ip = freshIp();
    for (let i = 0; i < 7; i += 1) await createTicket(agent, contactInput(), { ip });
    for (const status of ['pending', 'rejected', 'suspended'] as const) {
      const applicant = await makeUser('agent', status);
      await expect(createTicket(applicant, contactInput(), { ip: freshIp() })).rejects.toMatchObject({ code: 'forbidden' });
    }
  });
  it('keeps the portal’s priority and follow-up to the portal: the form and the API ignore them', async () => {
    const customer = await makeUser('customer');
    const agent = await makeUser('agent');
    const closed = await createTicket(customer, contactInput(), { ip: freshIp() });
    await transitionTicket(agent, { number: closed.number, to: 'resolved' });
    await transitionTicket(agent, { number: closed.number, to: 'closed' });
    for (const channel of ['web_form', 'api'] as const) {
      const ticket = await createTicket(customer, contactInput({ priority: 'high', followUp: closed.number }), { channel, ip: freshIp() });
      const db = await getDb();
      const [row] = await db.select().from(tickets).where(eq(tickets.id, ticket.id));
      expect(row).toMatchObject({ channel, priority: 'medium', parentTicketId: null, requesterId: customer.id });
    }
  });

  it('counts a customer’s requests from every channel against one limit', async () => {
    const customer = await makeUser('customer');
    const portal = { subject: 'Printer offline', message: 'It will not connect.', category: 'technical', priority: 'low' };
    for (let i = 0; i < 3; i += 1) await createTicket(customer, contactInput(), { ip: freshIp() });
    for (let i = 0; i < 2; i += 1) await createTicket(customer, portal, { channel: 'portal', ip: freshIp() });
    await expect(createTicket(customer, contactInput(), { channel: 'api', ip: freshIp() })).rejects.toMatchObject({ code: 'rate_limited' });
  });

  it('names the message after each form’s label', async () => {
    const customer = await makeUser('customer');
    const portal = await fieldErrorsOf(createTicket(customer, { subject: 'S', message: ' ', category: 'technical', priority: 'low' }, { channel: 'portal' }));
    expect(portal).toEqual({ message: ['Enter a description.'] });
    const contact = await fieldErrorsOf(createTicket(anonymous, contactInput({ message: ' ' }), { channel: 'api', ip: freshIp() }));
    expect(contact).toEqual({ message: ['Enter your message.'] });
  });
});
