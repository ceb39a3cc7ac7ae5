import { eq } from 'drizzle-orm';
import { describe, expect, it } from 'vitest';
import { getDb } from '@/db/client';
import { tickets } from '@/db/schema';
import { anonymous } from '@/lib/access/actor';
import { AppError } from '@/lib/errors';
import { contactInput, freshIp, makeUser } from '@/lib/testing/fixtures';
import { claimTicket, unassignTicket } from '../workspace/assignment';
import { createTicket } from '../create-ticket';
import { addRequesterReply, rateTicket } from './actions';
import { getRequesterTicket } from './view';
import { addStaffMessage } from '../workspace/staff-message';
import { setTicketPriority } from '../workspace/ticket-fields';
import { transitionTicket } from '../workspace/transition-ticket';

async function codeOf(promise: Promise<unknown>): Promise<string> {
  const error = await promise.then(() => null, (e: unknown) => e);
  expect(error).toBeInstanceOf(AppError);
  return (error as AppError).code;
}

const NOTE = 'Internal: this customer has asked for refunds four times';

describe('getRequesterTicket', () => {
  it('shows the owner the public conversation and public events, and nothing the team kept internal', async () => {
    const customer = await makeUser('customer');
    const agent = await makeUser('agent', 'approved', { name: 'Agnes Agent' });
    const ticket = await createTicket(customer, contactInput({ subject: 'Lamp not delivered' }), { ip: freshIp() });
    await claimTicket(agent, { number: ticket.number });
    await addStaffMessage(agent, { number: ticket.number, body: NOTE, visibility: 'internal' });
    await addStaffMessage(agent, { number: ticket.number, body: 'It ships tomorrow.', visibility: 'public' });
    await setTicketPriority(agent, { number: ticket.number, priority: 'urgent' });
    await unassignTicket(agent, { number: ticket.number });
    await addRequesterReply({ actor: customer, number: ticket.number }, { body: 'Thanks!' });
    await transitionTicket(agent, { number: ticket.number, to: 'resolved' });

    const view = await getRequesterTicket({ actor: customer, number: ticket.number });
    expect(view).toMatchObject({ number: ticket.number, subject: 'Lamp not delivered', status: 'resolved', category: 'Order & delivery' });
    expect(view.messages.map((m) => [m.from, m.authorName, m.body])).toEqual([
      ['support', 'Agnes Agent', 'It ships tomorrow.'],
      ['requester', customer.name, 'Thanks!'],
    ]);
    expect(view.timeline.map((e) => [e.kind, e.to])).toEqual([
      ['created', 'open'],
      ['status_changed', 'in_progress'],
      ['status_changed', 'resolved'],
    ]);
    expect(view.can).toEqual({ reply: true, resolve: false, rate: true, followUp: false, attach: false });

    const json = JSON.stringify(view);
    expect(json).not.toContain(NOTE);
    expect(json).not.toMatch(/priority_changed|assigned|note_added/);
    expect(json).not.toContain(agent.id);
    expect(json).not.toContain(customer.email);
  });

  it('takes its last activity from public events and messages, not from internal notes', async () => {
    const customer = await makeUser('customer');
    const agent = await makeUser('agent');
    const ticket = await createTicket(customer, contactInput(), { ip: freshIp() });
    const note = await addStaffMessage(agent, { number: ticket.number, body: NOTE, visibility: 'internal' });
    const view = await getRequesterTicket({ actor: customer, number: ticket.number });
    expect(view.lastActivityAt.getTime()).toBeLessThan(note.createdAt.getTime());
  });

  it('shows the same through the tracking link, and the rating once given', async () => {
    const ticket = await createTicket(anonymous, contactInput({ name: 'Vera Visitor' }), { ip: freshIp() });
    const agent = await makeUser('agent');
    await addStaffMessage(agent, { number: ticket.number, body: NOTE, visibility: 'internal' });
    await transitionTicket(agent, { number: ticket.number, to: 'resolved' });
    await rateTicket({ token: ticket.trackingToken }, { rating: 4, comment: 'Quick.' });
    const view = await getRequesterTicket({ token: ticket.trackingToken, ip: freshIp() });
    expect(view).toMatchObject({ status: 'closed', requesterName: 'Vera Visitor', feedback: { rating: 4, comment: 'Quick.' } });
    expect(view.can).toEqual({ reply: false, resolve: false, rate: false, followUp: false, attach: false });
    expect(view.timeline.map((e) => e.kind)).toEqual(['created', 'status_changed', 'feedback_given', 'status_changed']);
    expect(JSON.stringify(view)).not.toContain(NOTE);
  });

  it('offers to attach a link’s ticket only to a signed-in customer with the same email', async () => {
    const ticket = await createTicket(anonymous, contactInput({ email: 'Vera@Example.test' }), { ip: freshIp() });
    const access = { token: ticket.trackingToken };
    const same = await makeUser('customer', null, { email: 'vera@example.test' });
    const other = await makeUser('customer');
    const agent = await makeUser('agent', 'approved', { email: 'vera.agent@example.test' });
    expect((await getRequesterTicket(access, { viewer: same })).can.attach).toBe(true);
    expect((await getRequesterTicket(access, { viewer: other })).can.attach).toBe(false);
    expect((await getRequesterTicket(access, { viewer: agent })).can.attach).toBe(false);
    expect((await getRequesterTicket(access, { viewer: anonymous })).can.attach).toBe(false);
    expect((await getRequesterTicket({ actor: other, number: ticket.number }).catch((e: AppError) => e.code))).toBe('not_found');
  });

  it('links a follow-up to its parent and the parent to its follow-ups', async () => {
    const customer = await makeUser('customer');
    const agent = await makeUser('agent');
    const parent = await createTicket(customer, { subject: 'Broken lamp', message: 'It flickers.', category: 'technical', priority: 'low' }, { channel: 'portal' });
    await transitionTicket(agent, { number: parent.number, to: 'resolved' });
    await transitionTicket(agent, { number: parent.number, to: 'closed' });
    expect((await getRequesterTicket({ actor: customer, number: parent.number })).can.followUp).toBe(true);
    const child = await createTicket(customer, { subject: 'Lamp again', message: 'Flickers again.', category: 'technical', priority: 'high', followUp: parent.number }, { channel: 'portal' });

    const childView = await getRequesterTicket({ actor: customer, number: child.number });
    expect(childView.parent).toEqual({ number: parent.number, subject: 'Broken lamp', status: 'closed' });
    expect(childView.timeline.map((e) => [e.kind, e.to])).toEqual([['created', 'open'], ['linked', parent.number]]);
    const parentView = await getRequesterTicket({ actor: customer, number: parent.number });
    expect(parentView.followUps).toEqual([{ number: child.number, subject: 'Lamp again', status: 'open' }]);
    expect(parentView.timeline.at(-1)).toMatchObject({ kind: 'linked', to: child.number });
  });

  it('refuses everyone but the requester: sign-in for a visitor, not_found for the rest, whatever the number', async () => {
    const owner = await makeUser('customer');
    const ticket = await createTicket(owner, contactInput(), { ip: freshIp() });
    expect(await codeOf(getRequesterTicket({ actor: anonymous, number: ticket.number }))).toBe('unauthorized');
    expect(await codeOf(getRequesterTicket({ actor: await makeUser('customer'), number: ticket.number }))).toBe('not_found');
    for (const staff of [await makeUser('agent', 'pending'), await makeUser('agent'), await makeUser('admin')]) {
      expect(await codeOf(getRequesterTicket({ actor: staff, number: ticket.number }))).toBe('forbidden');
    }
    expect(await codeOf(getRequesterTicket({ actor: owner, number: 'HD-20990101-0001' }))).toBe('not_found');
    expect(await codeOf(getRequesterTicket({ actor: owner, number: '../etc/passwd' }))).toBe('not_found');
    expect(await codeOf(getRequesterTicket({ token: 'x'.repeat(43), ip: freshIp() }))).toBe('not_found');
    expect(await codeOf(getRequesterTicket({ token: ticket.number, ip: freshIp() }))).toBe('not_found');
  });

  it('lets no one reply to an archived ticket', async () => {
    const customer = await makeUser('customer');
    const ticket = await createTicket(customer, contactInput(), { ip: freshIp() });
    const db = await getDb();
    await db.update(tickets).set({ archivedAt: new Date() }).where(eq(tickets.id, ticket.id));
    const view = await getRequesterTicket({ actor: customer, number: ticket.number });
    expect(view.can).toMatchObject({ reply: false, resolve: false });
  });
});
