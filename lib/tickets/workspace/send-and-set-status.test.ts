import { asc, eq } from 'drizzle-orm';
import { beforeAll, describe, expect, it } from 'vitest';
import { getDb } from '@/db/client';
import { ticketEvents, ticketMessages, tickets } from '@/db/schema';
import { type Actor, anonymous, type UserActor } from '@/lib/access/actor';
import { AppError } from '@/lib/errors';
import { makeTicket, type TicketShape } from '@/lib/testing/desk-fixtures';
import { makeUser } from '@/lib/testing/fixtures';
import { withMailEnv } from '@/lib/testing/mail-env';
import { mailsWhere, notificationsOf } from '@/lib/testing/notify-fixtures';
import { getTicket } from '../read-ticket';
import { deskEventOrder } from './desk-ticket';
import { addStaffMessage } from './staff-message';

withMailEnv({ AUTH_URL: 'https://help.example.test' });

let agent: UserActor;

beforeAll(async () => {
  agent = await makeUser('agent', 'approved', { name: 'Ada Agent' });
});

// Events of one transaction share a timestamp: ordered as the workspace's timeline shows them.
async function stateOf(id: string) {
  const db = await getDb();
  const [row] = await db.select({ status: tickets.status, resolvedById: tickets.resolvedById }).from(tickets).where(eq(tickets.id, id));
  const messages = await db.select({ body: ticketMessages.body, visibility: ticketMessages.visibility }).from(ticketMessages).where(eq(ticketMessages.ticketId, id));
  const events = await db
    .select({ kind: ticketEvents.kind, from: ticketEvents.fromValue, to: ticketEvents.toValue })
    .from(ticketEvents)
    .where(eq(ticketEvents.ticketId, id))
    .orderBy(asc(ticketEvents.createdAt), deskEventOrder, asc(ticketEvents.id));
  return { ...row, messages, events: events.filter((event) => event.kind !== 'created') };
}

async function refusal(promise: Promise<unknown>): Promise<AppError> {
  const error = await promise.then(() => null, (e: unknown) => e);
  expect(error).toBeInstanceOf(AppError);
  return error as AppError;
}

// One requester per ticket, so that the submission limits of one test do not reach the next.
async function ticketFor(shape: TicketShape = {}) {
  const customer = await makeUser('customer');
  return { customer, ...(await makeTicket(customer, shape)) };
}

describe('a message and a status change in one action', () => {
  it('sends the reply and resolves: the customer reads the reply, the ticket is resolved, one event each', async () => {
    const { customer, id, number } = await ticketFor({ status: 'in_progress', assignee: agent });
    const sent = await addStaffMessage(agent, { number, body: 'A new lamp is on its way.', visibility: 'public', status: 'resolved' });
    expect(sent).toMatchObject({ visibility: 'public', status: 'resolved' });

    expect(await stateOf(id)).toEqual({
      status: 'resolved',
      resolvedById: agent.id,
      messages: [{ body: 'A new lamp is on its way.', visibility: 'public' }],
      events: [
        { kind: 'replied', from: null, to: null },
        { kind: 'status_changed', from: 'in_progress', to: 'resolved' },
      ],
    });
    expect((await getTicket(customer, { number })).messages.map((m) => m.body)).toEqual(['A new lamp is on its way.']);
    expect((await mailsWhere({ ticketId: id })).map((mail) => mail.kind).filter((kind) => kind !== 'ticket_received')).toEqual(['staff_reply', 'ticket_resolved']);
    expect((await notificationsOf(customer.id)).map((n) => n.kind)).toEqual(['ticket_replied', 'ticket_status_changed']);
  });

  it.each([
    ['waits on the customer', 'pending_customer'],
    ['puts the ticket on hold', 'on_hold'],
  ] as const)('sends the reply and %s', async (_label, status) => {
    const { id, number } = await ticketFor({ status: 'in_progress', assignee: agent });
    await addStaffMessage(agent, { number, body: 'Could you send a photo?', visibility: 'public', status });
    expect(await stateOf(id)).toMatchObject({ status, events: [{ kind: 'replied' }, { kind: 'status_changed', from: 'in_progress', to: status }] });
  });

  it('adds an internal note with a status change, telling the customer only of the status', async () => {
    const { customer, id, number } = await ticketFor({ status: 'in_progress', assignee: agent });
    await addStaffMessage(agent, { number, body: 'Waiting for the supplier.', visibility: 'internal', status: 'on_hold' });
    expect(await stateOf(id)).toMatchObject({ status: 'on_hold', events: [{ kind: 'note_added' }, { kind: 'status_changed', to: 'on_hold' }] });
    expect((await getTicket(customer, { number })).messages).toEqual([]);
    expect(await mailsWhere({ ticketId: id, kind: 'staff_reply' })).toEqual([]);
  });

  it('refuses a move the status machine does not allow, and sends nothing: message, events and mail roll back together', async () => {
    const { customer, id, number } = await ticketFor({ status: 'open' });
    const before = await stateOf(id);
    const error = await refusal(addStaffMessage(agent, { number, body: 'We will get back to you.', visibility: 'public', status: 'pending_customer' }));
    expect(error.code).toBe('conflict');
    expect(error.message).toContain('cannot move from open to waiting');
    expect(error.fields?.status?.[0]).toBe('From open a ticket can move to: in progress, resolved.');
    expect(await stateOf(id)).toEqual(before);
    expect(before.messages).toEqual([]);
    expect(await mailsWhere({ ticketId: id, kind: 'staff_reply' })).toEqual([]);
    expect(await notificationsOf(customer.id)).toEqual([]);
  });

  it('keeps a message without a status change as it was, and refuses a status that is no status', async () => {
    const { id, number } = await ticketFor({ status: 'in_progress', assignee: agent });
    expect((await addStaffMessage(agent, { number, body: 'Looking into it.', visibility: 'public', status: '' })).status).toBe('in_progress');
    const error = await refusal(addStaffMessage(agent, { number, body: 'x', visibility: 'public', status: 'done' }));
    expect(error.code).toBe('validation');
    expect(error.fields?.status).toBeDefined();
    expect((await stateOf(id)).messages).toHaveLength(1);
  });

  it('refuses a reply with a status on a closed ticket, and on an archived one', async () => {
    const closed = await ticketFor({ status: 'closed' });
    expect((await refusal(addStaffMessage(agent, { number: closed.number, body: 'Hello', visibility: 'public', status: 'in_progress' }))).code).toBe('conflict');
    const archived = await ticketFor({ status: 'in_progress', archived: true });
    expect((await refusal(addStaffMessage(agent, { number: archived.number, body: 'Hello', visibility: 'internal', status: 'resolved' }))).code).toBe('conflict');
    expect((await stateOf(archived.id)).status).toBe('in_progress');
  });
});

describe('who may send with a status', () => {
  const refused: Array<[string, (customer: UserActor) => Promise<Actor>, string]> = [
    ['a visitor', async () => anonymous, 'unauthorized'],
    ['the customer who asked', async (customer) => customer, 'forbidden'],
    ['another customer', () => makeUser('customer'), 'forbidden'],
    ['a pending agent', () => makeUser('agent', 'pending'), 'forbidden'],
    ['a suspended agent', () => makeUser('agent', 'suspended'), 'forbidden'],
  ];

  it.each(refused)('refuses %s and changes nothing', async (_label, makeActor, code) => {
    const { customer, id, number } = await ticketFor({ status: 'in_progress', assignee: agent });
    const actor = await makeActor(customer);
    const before = await stateOf(id);
    for (const visibility of ['public', 'internal']) {
      expect((await refusal(addStaffMessage(actor, { number, body: 'Done.', visibility, status: 'resolved' }))).code).toBe(code);
    }
    expect(await stateOf(id)).toEqual(before);
  });

  it.each([
    ['an approved agent who does not hold the ticket', () => makeUser('agent')],
    ['an admin', () => makeUser('admin')],
  ])('lets %s send and resolve', async (_label, makeActor) => {
    const actor = await makeActor();
    const { id, number } = await ticketFor({ status: 'in_progress', assignee: agent });
    await addStaffMessage(actor, { number, body: 'Sorted.', visibility: 'public', status: 'resolved' });
    expect(await stateOf(id)).toMatchObject({ status: 'resolved', resolvedById: actor.id });
  });
});
