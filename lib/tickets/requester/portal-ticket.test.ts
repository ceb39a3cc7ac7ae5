import { eq } from 'drizzle-orm';
import { describe, expect, it } from 'vitest';
import { getDb } from '@/db/client';
import { ticketEvents, tickets } from '@/db/schema';
import { anonymous } from '@/lib/access/actor';
import { AppError } from '@/lib/errors';
import { contactInput, freshIp, makeUser } from '@/lib/testing/fixtures';
import { createTicket } from '../create-ticket';
import { getFollowUpDraft } from '../follow-up';
import { transitionTicket } from '../workspace/transition-ticket';

async function errorOf(promise: Promise<unknown>): Promise<AppError> {
  const error = await promise.then(() => null, (e: unknown) => e);
  expect(error).toBeInstanceOf(AppError);
  return error as AppError;
}

const input = (overrides: Record<string, unknown> = {}) => ({
  subject: 'The app crashes on start',
  message: 'Since the last update it closes right after the splash screen.',
  category: 'technical',
  priority: 'high',
  reference: 'v2.3.1',
  ...overrides,
});

async function closeTicket(number: string) {
  const agent = await makeUser('agent');
  await transitionTicket(agent, { number, to: 'resolved' });
  await transitionTicket(agent, { number, to: 'closed' });
}

describe('createTicket from the portal', () => {
  it('opens a portal ticket in the customer’s name with the priority they chose', async () => {
    const customer = await makeUser('customer');
    const { number } = await createTicket(customer, input(), { channel: 'portal', ip: freshIp() });
    const db = await getDb();
    const [row] = await db.select().from(tickets).where(eq(tickets.number, number));
    expect(row).toMatchObject({
      channel: 'portal',
      priority: 'high',
      status: 'open',
      requesterId: customer.id,
      requesterEmail: customer.email,
      requesterName: customer.name,
      externalRef: 'v2.3.1',
      parentTicketId: null,
    });
    expect(row?.trackingTokenHash).toMatch(/^[0-9a-f]{64}$/);
  });

  it('leaves "urgent" to the agents and checks every field', async () => {
    const customer = await makeUser('customer');
    expect((await errorOf(createTicket(customer, input({ priority: 'urgent' }), { channel: 'portal' }))).fields).toMatchObject({ priority: [expect.stringMatching(/low, medium or high/)] });
    const bad = await errorOf(createTicket(customer, input({ subject: ' ', message: 'x'.repeat(10_001), category: '', reference: 'r'.repeat(101) }), { channel: 'portal' }));
    expect(Object.keys(bad.fields ?? {}).sort()).toEqual(['category', 'message', 'reference', 'subject']);
    expect((await errorOf(createTicket(customer, input({ category: 'no-such-category' }), { channel: 'portal' }))).fields).toMatchObject({ category: [expect.any(String)] });
  });

  it('refuses visitors and staff of every kind', async () => {
    expect((await errorOf(createTicket(anonymous, input(), { channel: 'portal' }))).code).toBe('unauthorized');
    for (const staff of [await makeUser('agent', 'pending'), await makeUser('agent', 'rejected'), await makeUser('agent'), await makeUser('admin')]) {
      expect((await errorOf(createTicket(staff, input(), { channel: 'portal' }))).code).toBe('forbidden');
    }
  });

  it('is rate-limited like the contact form, per account and per address', async () => {
    const customer = await makeUser('customer');
    for (let i = 0; i < 5; i += 1) await createTicket(customer, input(), { channel: 'portal', ip: freshIp() });
    const refused = await errorOf(createTicket(customer, input(), { channel: 'portal', ip: freshIp() }));
    expect(refused.code).toBe('rate_limited');
    expect(refused.message).toMatch(/try again in \d+ minutes?/);

    const ip = freshIp();
    for (let i = 0; i < 5; i += 1) await createTicket(await makeUser('customer'), input(), { channel: 'portal', ip });
    expect((await errorOf(createTicket(await makeUser('customer'), input(), { channel: 'portal', ip }))).code).toBe('rate_limited');
  });

  it('links a follow-up to the customer’s own closed ticket, with a linked event on both', async () => {
    const customer = await makeUser('customer');
    const parent = await createTicket(customer, contactInput(), { ip: freshIp() });
    await closeTicket(parent.number);
    const child = await createTicket(customer, input({ followUp: parent.number.toLowerCase() }), { channel: 'portal' });
    const db = await getDb();
    const [row] = await db.select({ parentTicketId: tickets.parentTicketId }).from(tickets).where(eq(tickets.number, child.number));
    expect(row?.parentTicketId).toBe(parent.id);
    const linked = await db.select({ ticketNumber: ticketEvents.ticketNumber, to: ticketEvents.toValue, actorId: ticketEvents.actorId }).from(ticketEvents).where(eq(ticketEvents.kind, 'linked'));
    expect(linked).toEqual(
      expect.arrayContaining([
        { ticketNumber: child.number, to: parent.number, actorId: customer.id },
        { ticketNumber: parent.number, to: child.number, actorId: customer.id },
      ]),
    );
  });

  it('refuses a follow-up of a ticket that is still open, or that is not theirs', async () => {
    const customer = await makeUser('customer');
    const open = await createTicket(customer, contactInput(), { ip: freshIp() });
    expect((await errorOf(createTicket(customer, input({ followUp: open.number }), { channel: 'portal' }))).code).toBe('conflict');
    const other = await makeUser('customer');
    const theirs = await createTicket(other, contactInput(), { ip: freshIp() });
    await closeTicket(theirs.number);
    expect((await errorOf(createTicket(customer, input({ followUp: theirs.number }), { channel: 'portal' }))).code).toBe('not_found');
    const visitors = await createTicket(anonymous, contactInput({ email: customer.email }), { ip: freshIp() });
    await closeTicket(visitors.number);
    expect((await errorOf(createTicket(customer, input({ followUp: visitors.number }), { channel: 'portal' }))).code).toBe('not_found');
    expect((await errorOf(createTicket(customer, input({ followUp: 'HD-1' }), { channel: 'portal' }))).code).toBe('validation');
  });
});

describe('getFollowUpDraft', () => {
  it('starts a follow-up from the customer’s closed ticket, and from nothing else', async () => {
    const customer = await makeUser('customer');
    const agent = await makeUser('agent');
    const ticket = await createTicket(customer, contactInput({ subject: 'Parcel lost' }), { ip: freshIp() });
    expect((await errorOf(getFollowUpDraft(customer, { number: ticket.number }))).code).toBe('conflict');
    await closeTicket(ticket.number);
    expect(await getFollowUpDraft(customer, { number: ticket.number })).toEqual({
      number: ticket.number,
      subject: 'Follow-up: Parcel lost',
      category: 'order-delivery',
      priority: 'medium',
      reference: 'ORD-1042',
    });
    expect((await errorOf(getFollowUpDraft(anonymous, { number: ticket.number }))).code).toBe('unauthorized');
    expect((await errorOf(getFollowUpDraft(await makeUser('customer'), { number: ticket.number }))).code).toBe('not_found');
    expect((await errorOf(getFollowUpDraft(agent, { number: ticket.number }))).code).toBe('forbidden');
    expect((await errorOf(getFollowUpDraft(customer, { number: 'nonsense' }))).code).toBe('not_found');
  });
});
