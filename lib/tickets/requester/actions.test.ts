import { eq } from 'drizzle-orm';
import { describe, expect, it } from 'vitest';
import { getDb } from '@/db/client';
import { feedback, type TicketStatus, ticketMessages, tickets } from '@/db/schema';
import { anonymous } from '@/lib/access/actor';
import { AppError } from '@/lib/errors';
import { contactInput, freshIp, makeUser } from '@/lib/testing/fixtures';
import { claimTicket } from '../workspace/assignment';
import { createTicket } from '../create-ticket';
import { addRequesterReply, rateTicket, resolveAsRequester } from './actions';
import { issueTrackingToken } from '../tracking/token';

async function setStatus(number: string, status: TicketStatus) {
  const db = await getDb();
  await db.update(tickets).set({ status }).where(eq(tickets.number, number));
}

async function statusOf(number: string) {
  const db = await getDb();
  const [row] = await db.select({ status: tickets.status }).from(tickets).where(eq(tickets.number, number));
  return row?.status;
}

async function codeOf(promise: Promise<unknown>): Promise<string> {
  const error = await promise.then(() => null, (e: unknown) => e);
  expect(error).toBeInstanceOf(AppError);
  return (error as AppError).code;
}

describe('a customer on their own ticket', () => {
  it('replies, and a ticket waiting on them returns to its assignee, or to the queue when unassigned', async () => {
    const customer = await makeUser('customer');
    const agent = await makeUser('agent');
    const assigned = await createTicket(customer, contactInput(), { ip: freshIp() });
    await claimTicket(agent, { number: assigned.number });
    await setStatus(assigned.number, 'pending_customer');
    expect(await addRequesterReply({ actor: customer, number: assigned.number }, { body: 'Here is the photo.' })).toEqual({ status: 'in_progress', messageId: expect.any(String) });

    const unassigned = await createTicket(customer, contactInput(), { ip: freshIp() });
    await setStatus(unassigned.number, 'pending_customer');
    expect(await addRequesterReply({ actor: customer, number: unassigned.number }, { body: 'Any news?' })).toEqual({ status: 'open', messageId: expect.any(String) });

    const db = await getDb();
    const [message] = await db.select().from(ticketMessages).where(eq(ticketMessages.ticketId, unassigned.id));
    expect(message).toMatchObject({ visibility: 'public', authorKind: 'requester', authorId: customer.id, body: 'Any news?' });
  });

  it('reopens a resolved ticket by replying, and is refused on a closed one', async () => {
    const customer = await makeUser('customer');
    const ticket = await createTicket(customer, contactInput(), { ip: freshIp() });
    await setStatus(ticket.number, 'resolved');
    await addRequesterReply({ actor: customer, number: ticket.number }, { body: 'It broke again.' });
    expect(await statusOf(ticket.number)).toBe('open');
    await setStatus(ticket.number, 'closed');
    const error = await addRequesterReply({ actor: customer, number: ticket.number }, { body: 'Hello?' }).then(
      () => { throw new Error('expected a refusal'); },
      (e: unknown) => e as AppError,
    );
    expect(error).toMatchObject({ code: 'conflict' });
    expect(error.message).toMatch(/follow-up/);
  });

  it('resolves their own ticket with "this is solved"', async () => {
    const customer = await makeUser('customer');
    const ticket = await createTicket(customer, contactInput(), { ip: freshIp() });
    expect(await resolveAsRequester({ actor: customer, number: ticket.number })).toEqual({ status: 'resolved' });
    const db = await getDb();
    const [row] = await db.select().from(tickets).where(eq(tickets.id, ticket.id));
    expect(row).toMatchObject({ resolvedById: customer.id });
  });

  it('rates only once the ticket is resolved, only once, and rating a resolved ticket closes it', async () => {
    const customer = await makeUser('customer');
    const ticket = await createTicket(customer, contactInput(), { ip: freshIp() });
    const access = { actor: customer, number: ticket.number };
    expect(await codeOf(rateTicket(access, { rating: 5 }))).toBe('conflict');
    await setStatus(ticket.number, 'resolved');
    expect(await codeOf(rateTicket(access, { rating: 6 }))).toBe('validation');
    expect(await codeOf(rateTicket(access, { rating: 0 }))).toBe('validation');
    expect(await rateTicket(access, { rating: '4', comment: 'Quick and kind.' })).toEqual({ rating: 4, status: 'closed' });
    expect(await codeOf(rateTicket(access, { rating: 5 }))).toBe('conflict');
    const db = await getDb();
    const rows = await db.select().from(feedback).where(eq(feedback.ticketId, ticket.id));
    expect(rows).toEqual([expect.objectContaining({ rating: 4, comment: 'Quick and kind.', authorId: customer.id })]);
  });

  it('settles two ratings sent at once: one is kept, the other is told', async () => {
    const customer = await makeUser('customer');
    const ticket = await createTicket(customer, contactInput(), { ip: freshIp() });
    await setStatus(ticket.number, 'closed');
    const results = await Promise.allSettled([1, 5].map((rating) => rateTicket({ actor: customer, number: ticket.number }, { rating })));
    expect(results.filter((r) => r.status === 'fulfilled')).toHaveLength(1);
  });
});

describe('anyone else', () => {
  it('gets not_found from every requester operation, whoever they are', async () => {
    const owner = await makeUser('customer');
    const ticket = await createTicket(owner, contactInput(), { ip: freshIp() });
    await setStatus(ticket.number, 'resolved');
    const others = [anonymous, await makeUser('customer'), await makeUser('agent'), await makeUser('admin'), await makeUser('agent', 'pending')];
    for (const actor of others) {
      const access = { actor, number: ticket.number };
      expect(await codeOf(addRequesterReply(access, { body: 'hi' }))).toBe('not_found');
      expect(await codeOf(resolveAsRequester(access))).toBe('not_found');
      expect(await codeOf(rateTicket(access, { rating: 1 }))).toBe('not_found');
    }
    expect(await statusOf(ticket.number)).toBe('resolved');
  });
});

describe('the private tracking link', () => {
  it('lets the visitor reply and rate, while a wrong, malformed or replaced token finds nothing', async () => {
    const ticket = await createTicket(anonymous, contactInput({ name: 'Vera Visitor' }), { ip: freshIp() });
    expect(ticket.trackingToken).toMatch(/^[A-Za-z0-9_-]{43}$/);
    await addRequesterReply({ token: ticket.trackingToken }, { body: 'Adding the order number: 1042.' });
    const db = await getDb();
    const [message] = await db.select().from(ticketMessages).where(eq(ticketMessages.ticketId, ticket.id));
    expect(message).toMatchObject({ authorKind: 'requester', authorId: null, authorName: 'Vera Visitor' });

    expect(await codeOf(addRequesterReply({ token: 'A'.repeat(43) }, { body: 'x' }))).toBe('not_found');
    expect(await codeOf(addRequesterReply({ token: 'not a token' }, { body: 'x' }))).toBe('not_found');
    expect(await codeOf(addRequesterReply({ token: ticket.trackingToken.toLowerCase() + 'x' }, { body: 'x' }))).toBe('not_found');

    const [stored] = await db.select({ hash: tickets.trackingTokenHash }).from(tickets).where(eq(tickets.id, ticket.id));
    expect(stored?.hash).toMatch(/^[0-9a-f]{64}$/);
    expect(stored?.hash).not.toContain(ticket.trackingToken);

    const replacement = await issueTrackingToken(db, ticket.id);
    expect(await codeOf(resolveAsRequester({ token: ticket.trackingToken }))).toBe('not_found');
    await resolveAsRequester({ token: replacement });
    expect(await rateTicket({ token: replacement }, { rating: 5 })).toEqual({ rating: 5, status: 'closed' });
  });
});
