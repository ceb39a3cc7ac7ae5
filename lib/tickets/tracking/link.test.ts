import { and, eq } from 'drizzle-orm';
import { describe, expect, it } from 'vitest';
import { getDb } from '@/db/client';
import { ticketEvents, tickets } from '@/db/schema';
import { anonymous } from '@/lib/access/actor';
import { limits } from '@/lib/config';
import { AppError } from '@/lib/errors';
import { contactInput, freshIp, makeUser } from '@/lib/testing/fixtures';
import { createTicket } from '../create-ticket';
import { listMyTickets } from '../requester/my-tickets';
import { addRequesterReply } from '../requester/actions';
import { getRequesterTicket } from '../requester/view';
import { attachTicketToAccount, reissueTrackingLink } from './link';
import { trackingRefusal } from './limit';

async function errorOf(promise: Promise<unknown>): Promise<AppError> {
  const error = await promise.then(() => null, (e: unknown) => e);
  expect(error).toBeInstanceOf(AppError);
  return error as AppError;
}

async function eventsOf(ticketId: string, kind: 'tracking_link_issued' | 'attached_to_account') {
  const db = await getDb();
  return db.select({ actorId: ticketEvents.actorId, actorName: ticketEvents.actorName, to: ticketEvents.toValue }).from(ticketEvents).where(and(eq(ticketEvents.ticketId, ticketId), eq(ticketEvents.kind, kind)));
}

describe('reissueTrackingLink', () => {
  it('gives the link holder a new link; the old one stops working at once', async () => {
    const ticket = await createTicket(anonymous, contactInput({ name: 'Vera Visitor' }), { ip: freshIp() });
    const renewed = await reissueTrackingLink({ token: ticket.trackingToken, ip: freshIp() });
    expect(renewed.number).toBe(ticket.number);
    expect(renewed.token).toMatch(/^[A-Za-z0-9_-]{43}$/);
    expect(renewed.token).not.toBe(ticket.trackingToken);
    expect((await errorOf(getRequesterTicket({ token: ticket.trackingToken, ip: freshIp() }))).code).toBe('not_found');
    expect((await getRequesterTicket({ token: renewed.token, ip: freshIp() })).number).toBe(ticket.number);
    expect(await eventsOf(ticket.id, 'tracking_link_issued')).toEqual([{ actorId: null, actorName: 'Vera Visitor', to: null }]);
  });

  it('lets the owning customer issue one from the portal, and refuses everyone else', async () => {
    const owner = await makeUser('customer');
    const ticket = await createTicket(owner, contactInput(), { ip: freshIp() });
    await reissueTrackingLink({ actor: owner, number: ticket.number });
    expect((await errorOf(getRequesterTicket({ token: ticket.trackingToken }))).code).toBe('not_found');
    for (const actor of [anonymous, await makeUser('customer'), await makeUser('agent', 'pending'), await makeUser('agent'), await makeUser('admin')]) {
      expect((await errorOf(reissueTrackingLink({ actor, number: ticket.number }))).code).toBe('not_found');
    }
    expect(await eventsOf(ticket.id, 'tracking_link_issued')).toHaveLength(1);
  });
});

describe('attachTicketToAccount', () => {
  it('moves a visitor’s ticket into the portal of the customer with the same email, in any case', async () => {
    const ticket = await createTicket(anonymous, contactInput({ email: 'vera.visitor@example.test' }), { ip: freshIp() });
    const customer = await makeUser('customer', null, { email: 'Vera.Visitor@Example.test' });
    expect(await attachTicketToAccount(customer, { token: ticket.trackingToken, ip: freshIp() })).toEqual({ number: ticket.number });
    expect((await listMyTickets(customer)).rows.map((r) => r.number)).toEqual([ticket.number]);
    expect((await getRequesterTicket({ actor: customer, number: ticket.number })).number).toBe(ticket.number);
    expect(await eventsOf(ticket.id, 'attached_to_account')).toEqual([{ actorId: customer.id, actorName: customer.name, to: customer.email }]);
    // Again by the same customer: nothing changes, nothing is recorded twice.
    expect(await attachTicketToAccount(customer, { token: ticket.trackingToken })).toEqual({ number: ticket.number });
    expect(await eventsOf(ticket.id, 'attached_to_account')).toHaveLength(1);
    // The link keeps working for the requester.
    await addRequesterReply({ token: ticket.trackingToken }, { body: 'Still here.' });
  });

  it('refuses a customer with another email, a ticket that already has an account, visitors and staff', async () => {
    const ticket = await createTicket(anonymous, contactInput({ email: 'owner@example.test' }), { ip: freshIp() });
    const stranger = await makeUser('customer');
    const refused = await errorOf(attachTicketToAccount(stranger, { token: ticket.trackingToken }));
    expect(refused.code).toBe('forbidden');
    expect(refused.message).toMatch(/different email/);

    const owned = await createTicket(await makeUser('customer', null, { email: 'first@example.test' }), contactInput(), { ip: freshIp() });
    const db = await getDb();
    await db.update(tickets).set({ requesterEmail: 'second@example.test' }).where(eq(tickets.id, owned.id));
    const second = await makeUser('customer', null, { email: 'second@example.test' });
    expect((await errorOf(attachTicketToAccount(second, { token: owned.trackingToken }))).code).toBe('conflict');

    expect((await errorOf(attachTicketToAccount(anonymous, { token: ticket.trackingToken }))).code).toBe('unauthorized');
    for (const staff of [await makeUser('agent', 'pending'), await makeUser('agent'), await makeUser('admin')]) {
      expect((await errorOf(attachTicketToAccount(staff, { token: ticket.trackingToken }))).code).toBe('forbidden');
    }
    expect((await errorOf(attachTicketToAccount(stranger, { token: 'A'.repeat(43) }))).code).toBe('not_found');
    const [row] = await db.select({ requesterId: tickets.requesterId }).from(tickets).where(eq(tickets.id, ticket.id));
    expect(row?.requesterId).toBeNull();
  });
});

describe('the limit on failed tracking look-ups', () => {
  it('answers 404 to wrong tokens until the address has used up its tries, then 429 to every token, even a good one', async () => {
    const ticket = await createTicket(anonymous, contactInput(), { ip: freshIp() });
    const ip = freshIp();
    const tries = limits.trackingFailuresPerIp();
    const wrong = ['A'.repeat(43), 'short', '', ticket.number, `${ticket.trackingToken}x`];
    for (let i = 0; i < tries; i += 1) {
      expect((await errorOf(getRequesterTicket({ token: wrong[i % wrong.length]!, ip }))).code).toBe('not_found');
    }
    expect(await trackingRefusal(ip)).toEqual({ message: expect.stringMatching(/try again in/), retryAfterSeconds: expect.any(Number) });
    const refused = await errorOf(getRequesterTicket({ token: ticket.trackingToken, ip }));
    expect(refused.code).toBe('rate_limited');
    expect(refused.status).toBe(429);
    expect(refused.message).toMatch(/try again in \d+ minutes/);
    const customer = await makeUser('customer');
    // Started one at a time, so that no refusal goes unobserved while another is awaited.
    for (const attempt of [
      () => addRequesterReply({ token: ticket.trackingToken, ip }, { body: 'hello' }),
      () => reissueTrackingLink({ token: ticket.trackingToken, ip }),
      () => attachTicketToAccount(customer, { token: ticket.trackingToken, ip }),
    ]) {
      expect((await errorOf(attempt())).code).toBe('rate_limited');
    }
    // Another address is not affected.
    expect((await getRequesterTicket({ token: ticket.trackingToken, ip: freshIp() })).number).toBe(ticket.number);
  });

  it('never counts a link that works', async () => {
    const ticket = await createTicket(anonymous, contactInput(), { ip: freshIp() });
    const ip = freshIp();
    for (let i = 0; i < limits.trackingFailuresPerIp() + 5; i += 1) {
      await getRequesterTicket({ token: ticket.trackingToken, ip });
    }
    expect(await trackingRefusal(ip)).toBeNull();
  });
});
