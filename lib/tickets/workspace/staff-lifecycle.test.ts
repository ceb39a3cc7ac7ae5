import { eq } from 'drizzle-orm';
import { describe, expect, it } from 'vitest';
import { getDb } from '@/db/client';
import { type TicketStatus, ticketEvents, tickets } from '@/db/schema';
import { type Actor, anonymous, type UserActor } from '@/lib/access/actor';
import { AppError } from '@/lib/errors';
import { contactInput, makeUser } from '@/lib/testing/fixtures';
import { claimTicket, reassignTicket, unassignTicket } from './assignment';
import { createTicket } from '../create-ticket';
import { getTicket } from '../read-ticket';
import { addStaffMessage } from './staff-message';
import { canTransition } from '../status-machine';
import { setTicketCategory, setTicketPriority } from './ticket-fields';
import { transitionTicket } from './transition-ticket';

const statuses: TicketStatus[] = ['open', 'in_progress', 'on_hold', 'pending_customer', 'resolved', 'closed'];
const allowed = new Set([
  'open>in_progress', 'open>resolved',
  'in_progress>on_hold', 'in_progress>pending_customer', 'in_progress>resolved',
  'on_hold>in_progress', 'on_hold>resolved',
  'pending_customer>in_progress', 'pending_customer>resolved',
  'resolved>closed', 'resolved>in_progress',
]);

async function newTicket(): Promise<string> {
  const agent = await makeUser('agent');
  return (await createTicket(agent, contactInput())).number;
}

async function forceStatus(number: string, status: TicketStatus) {
  const db = await getDb();
  await db.update(tickets).set({ status }).where(eq(tickets.number, number));
}

async function codeOf(promise: Promise<unknown>): Promise<string> {
  const error = await promise.then(() => null, (e: unknown) => e);
  expect(error).toBeInstanceOf(AppError);
  return (error as AppError).code;
}

describe('the status machine', () => {
  const pairs = statuses.flatMap((from) => statuses.filter((to) => to !== from).map((to) => [from, to] as const));

  it.each(pairs)('%s → %s is allowed only where the machine says so', async (from, to) => {
    const agent = await makeUser('agent');
    const number = await newTicket();
    await forceStatus(number, from);
    const expected = allowed.has(`${from}>${to}`);
    expect(canTransition(from, to)).toBe(expected);
    if (expected) {
      await expect(transitionTicket(agent, { number, to })).resolves.toEqual({ status: to });
    } else {
      const error = await transitionTicket(agent, { number, to }).then(
      () => { throw new Error('expected a refusal'); },
      (e: unknown) => e as AppError,
    );
      expect(error.code).toBe('conflict');
      expect(error.message).toMatch(from === 'closed' ? /cannot change status/ : /can move to:/);
      const db = await getDb();
      const [row] = await db.select({ status: tickets.status }).from(tickets).where(eq(tickets.number, number));
      expect(row?.status).toBe(from);
    }
  });

  it('records who resolved and when, writes the event, and clears both on reopening', async () => {
    const agent = await makeUser('agent');
    const number = await newTicket();
    await transitionTicket(agent, { number, to: 'resolved' });
    const db = await getDb();
    const [resolved] = await db.select().from(tickets).where(eq(tickets.number, number));
    expect(resolved).toMatchObject({ status: 'resolved', resolvedById: agent.id });
    expect(resolved?.resolvedAt).toBeInstanceOf(Date);
    const events = await db.select().from(ticketEvents).where(eq(ticketEvents.ticketNumber, number));
    expect(events.map((e) => [e.kind, e.fromValue, e.toValue])).toContainEqual(['status_changed', 'open', 'resolved']);

    await transitionTicket(agent, { number, to: 'in_progress' });
    const [reopened] = await db.select().from(tickets).where(eq(tickets.number, number));
    expect(reopened).toMatchObject({ status: 'in_progress', resolvedById: null, resolvedAt: null });
  });

  it('refuses an unknown status with a field error', async () => {
    const agent = await makeUser('agent');
    expect(await codeOf(transitionTicket(agent, { number: await newTicket(), to: 'done' }))).toBe('validation');
  });
});

describe('claiming a ticket', () => {
  it('lets exactly one of many agents claiming at once win, and tells the others who has it', async () => {
    const number = await newTicket();
    const agents = await Promise.all(Array.from({ length: 12 }, () => makeUser('agent')));
    const results = await Promise.allSettled(agents.map((agent) => claimTicket(agent, { number })));
    const winners = results.filter((r) => r.status === 'fulfilled');
    expect(winners).toHaveLength(1);
    const winner = (winners[0] as PromiseFulfilledResult<Awaited<ReturnType<typeof claimTicket>>>).value;
    for (const r of results.filter((r) => r.status === 'rejected')) {
      expect((r as PromiseRejectedResult).reason).toMatchObject({ code: 'conflict', message: `${winner.assignee?.name} already has this ticket.` });
    }
    const db = await getDb();
    const events = await db.select().from(ticketEvents).where(eq(ticketEvents.ticketNumber, number));
    expect(events.filter((e) => e.kind === 'assigned')).toHaveLength(1);
  });

  it('moves an open ticket to in progress, and is harmless when repeated by the same agent', async () => {
    const agent = await makeUser('agent');
    const number = await newTicket();
    expect(await claimTicket(agent, { number })).toMatchObject({ status: 'in_progress', assignee: { id: agent.id } });
    expect(await claimTicket(agent, { number })).toMatchObject({ assignee: { id: agent.id } });
  });

  it('lets the assignee or an admin unassign, not another agent; only admins reassign', async () => {
    const [holder, other, admin] = [await makeUser('agent'), await makeUser('agent'), await makeUser('admin')];
    const number = await newTicket();
    await claimTicket(holder, { number });
    expect(await codeOf(unassignTicket(other, { number }))).toBe('forbidden');
    expect(await codeOf(reassignTicket(other, { number, assigneeId: other.id }))).toBe('forbidden');
    await reassignTicket(admin, { number, assigneeId: other.id });
    expect((await getTicket(admin, { number })).assignee).toBe(other.name);
    expect(await codeOf(reassignTicket(admin, { number, assigneeId: (await makeUser('agent', 'pending')).id }))).toBe('validation');
    await unassignTicket(admin, { number });
    expect((await getTicket(admin, { number })).assignee).toBeNull();
  });
});

describe('staff messages', () => {
  it('sets the first-response time on the first public reply only, never on a note', async () => {
    const agent = await makeUser('agent');
    const number = await newTicket();
    const db = await getDb();
    await addStaffMessage(agent, { number, body: 'Checking with the warehouse.', visibility: 'internal' });
    let [row] = await db.select().from(tickets).where(eq(tickets.number, number));
    expect(row?.firstResponseAt).toBeNull();
    await addStaffMessage(agent, { number, body: 'We are on it.', visibility: 'public' });
    [row] = await db.select().from(tickets).where(eq(tickets.number, number));
    const first = row?.firstResponseAt;
    expect(first).toBeInstanceOf(Date);
    expect(row?.lastMessageBy).toBe('staff');
    await addStaffMessage(agent, { number, body: 'Second reply.', visibility: 'public' });
    [row] = await db.select().from(tickets).where(eq(tickets.number, number));
    expect(row?.firstResponseAt?.getTime()).toBe(first?.getTime());
  });

  it('refuses an empty or over-long body, and a public reply on a closed ticket', async () => {
    const agent = await makeUser('agent');
    const number = await newTicket();
    expect(await codeOf(addStaffMessage(agent, { number, body: '   ', visibility: 'public' }))).toBe('validation');
    expect(await codeOf(addStaffMessage(agent, { number, body: 'x'.repeat(10_001), visibility: 'public' }))).toBe('validation');
    await forceStatus(number, 'closed');
    expect(await codeOf(addStaffMessage(agent, { number, body: 'Hello', visibility: 'public' }))).toBe('conflict');
    await expect(addStaffMessage(agent, { number, body: 'For the record', visibility: 'internal' })).resolves.toBeTruthy();
  });
});

describe('who may work tickets', () => {
  const refused: Array<[string, () => Promise<Actor>, string]> = [
    ['a visitor', async () => anonymous, 'unauthorized'],
    ['a customer', () => makeUser('customer'), 'forbidden'],
    ['a pending agent', () => makeUser('agent', 'pending'), 'forbidden'],
    ['a rejected agent', () => makeUser('agent', 'rejected'), 'forbidden'],
    ['a suspended agent', () => makeUser('agent', 'suspended'), 'forbidden'],
    ['a suspended admin', () => makeUser('admin', 'suspended'), 'forbidden'],
  ];

  it.each(refused)('refuses %s every desk operation', async (_label, makeActor, code) => {
    const actor = await makeActor();
    const number = await newTicket();
    const operations = [
      () => transitionTicket(actor, { number, to: 'resolved' }),
      () => claimTicket(actor, { number }),
      () => unassignTicket(actor, { number }),
      () => reassignTicket(actor, { number, assigneeId: (actor as UserActor).id ?? '00000000-0000-0000-0000-000000000000' }),
      () => addStaffMessage(actor, { number, body: 'hi', visibility: 'public' }),
      () => addStaffMessage(actor, { number, body: 'hi', visibility: 'internal' }),
      () => setTicketPriority(actor, { number, priority: 'urgent' }),
      () => setTicketCategory(actor, { number, category: 'billing' }),
    ];
    for (const operation of operations) expect(await codeOf(operation())).toBe(code);
    const agent = await makeUser('agent');
    expect((await getTicket(agent, { number })).messages).toHaveLength(0);
  });

  it('lets an approved agent change priority and category, each with its event', async () => {
    const agent = await makeUser('agent');
    const number = await newTicket();
    await setTicketPriority(agent, { number, priority: 'urgent' });
    await setTicketCategory(agent, { number, category: 'billing' });
    expect(await codeOf(setTicketCategory(agent, { number, category: 'nope' }))).toBe('validation');
    const ticket = await getTicket(agent, { number });
    expect(ticket).toMatchObject({ priority: 'urgent', category: 'Billing' });
    const db = await getDb();
    const events = await db.select().from(ticketEvents).where(eq(ticketEvents.ticketNumber, number));
    expect(events.map((e) => [e.kind, e.fromValue, e.toValue])).toEqual(
      expect.arrayContaining([
        ['priority_changed', 'medium', 'urgent'],
        ['category_changed', 'Order & delivery', 'Billing'],
      ]),
    );
  });
});
