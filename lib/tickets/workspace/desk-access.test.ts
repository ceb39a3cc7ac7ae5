import { eq } from 'drizzle-orm';
import { beforeAll, describe, expect, it } from 'vitest';
import { getDb } from '@/db/client';
import { tickets } from '@/db/schema';
import { type Actor, anonymous, type UserActor } from '@/lib/access/actor';
import { AppError } from '@/lib/errors';
import { makeTicket } from '@/lib/testing/desk-fixtures';
import { contactInput, freshIp, makeUser } from '@/lib/testing/fixtures';
import { archiveTicket, restoreTicket } from './archive-ticket';
import { claimTicket, unassignTicket } from './assignment';
import { bulkActions, bulkUpdateTickets } from './bulk-update';
import { createTicket } from '../create-ticket';
import { listDeskStaff } from './desk-staff';
import { getDeskTicket } from './desk-ticket';
import { countQueueViews } from '../queue/counts';
import { listQueue } from '../queue/list';
import { getTicket } from '../read-ticket';
import { addStaffMessage } from './staff-message';
import { setTicketCategory, setTicketPriority } from './ticket-fields';
import { transitionTicket } from './transition-ticket';

let requester: UserActor;
let number: string;

beforeAll(async () => {
  requester = await makeUser('customer');
  number = (await createTicket(requester, contactInput({ subject: 'Desk access probe' }), { ip: freshIp() })).number;
});

async function codeOf(promise: Promise<unknown>): Promise<string> {
  const error = await promise.then(() => null, (e: unknown) => e);
  expect(error).toBeInstanceOf(AppError);
  return (error as AppError).code;
}

async function snapshot() {
  const db = await getDb();
  const [row] = await db
    .select({ status: tickets.status, priority: tickets.priority, assigneeId: tickets.assigneeId, archivedAt: tickets.archivedAt, lastActivityAt: tickets.lastActivityAt })
    .from(tickets)
    .where(eq(tickets.number, number));
  return row;
}

const reads = (actor: Actor) => [
  () => listQueue(actor),
  () => listQueue(actor, { view: 'archived', q: 'probe' }),
  () => countQueueViews(actor),
  () => getDeskTicket(actor, { number }),
  () => listDeskStaff(actor),
];

const writes = (actor: Actor) => [
  ...bulkActions.map((action) => () => bulkUpdateTickets(actor, { numbers: [number], action })),
  () => archiveTicket(actor, { number }),
  () => restoreTicket(actor, { number }),
  () => claimTicket(actor, { number }),
  () => unassignTicket(actor, { number }),
  () => transitionTicket(actor, { number, to: 'resolved' }),
  () => setTicketPriority(actor, { number, priority: 'urgent' }),
  () => setTicketCategory(actor, { number, category: 'billing' }),
  () => addStaffMessage(actor, { number, body: 'Hello', visibility: 'public' }),
  () => addStaffMessage(actor, { number, body: 'Note', visibility: 'internal' }),
];

describe('who may use the desk', () => {
  const refused: Array<[string, () => Promise<Actor>, string]> = [
    ['a visitor', async () => anonymous, 'unauthorized'],
    ['the customer who asked', async () => requester, 'forbidden'],
    ['another customer', () => makeUser('customer'), 'forbidden'],
    ['a pending agent', () => makeUser('agent', 'pending'), 'forbidden'],
    ['a rejected agent', () => makeUser('agent', 'rejected'), 'forbidden'],
    ['a suspended agent', () => makeUser('agent', 'suspended'), 'forbidden'],
    ['a suspended admin', () => makeUser('admin', 'suspended'), 'forbidden'],
  ];

  it.each(refused)('refuses %s every desk read and write, and changes nothing', async (_label, makeActor, code) => {
    const actor = await makeActor();
    const before = await snapshot();
    for (const operation of [...reads(actor), ...writes(actor)]) expect(await codeOf(operation())).toBe(code);
    expect(await snapshot()).toEqual(before);
  });

  it.each([
    ['an approved agent', () => makeUser('agent')],
    ['an admin', () => makeUser('admin')],
  ])('lets %s read the queue, its counts, the workspace and the staff list', async (_label, makeActor) => {
    const actor = await makeActor();
    expect((await listQueue(actor)).rows.map((r) => r.number)).toContain(number);
    expect((await countQueueViews(actor)).unassigned.count).toBeGreaterThan(0);
    expect((await getDeskTicket(actor, { number })).number).toBe(number);
    expect((await listDeskStaff(actor)).map((s) => s.id)).toContain((actor as UserActor).id);
  });
});

describe('the ticket workspace', () => {
  it('shows the thread with notes, the allowed moves, the timeline and the requester’s other tickets', async () => {
    const agent = await makeUser('agent', 'approved', { name: 'Katherine Johnson' });
    const customer = await makeUser('customer');
    const earlier = (await createTicket(customer, contactInput({ subject: 'An earlier question' }), { ip: freshIp() })).number;
    const ticket = (await createTicket(customer, contactInput({ subject: 'The current one' }), { ip: freshIp() })).number;
    await createTicket(anonymous, contactInput({ email: 'someone.else@example.test' }), { ip: freshIp() });

    await claimTicket(agent, { number: ticket });
    await addStaffMessage(agent, { number: ticket, body: 'Checked the logs, it is the courier.', visibility: 'internal' });
    await addStaffMessage(agent, { number: ticket, body: 'Your parcel is on its way.', visibility: 'public' });
    await transitionTicket(agent, { number: ticket, to: 'pending_customer' });

    const view = await getDeskTicket(agent, { number: ticket });
    expect(view.messages.map((m) => m.visibility)).toEqual(['internal', 'public']);
    expect(view).toMatchObject({ status: 'pending_customer', assigneeId: agent.id, assignee: agent.name, archived: false, categorySlug: 'order-delivery' });
    expect(view.allowedStatuses).toEqual(['in_progress', 'resolved']);
    expect(view.firstResponseAt).toBeInstanceOf(Date);
    expect(view.otherTickets.map((t) => t.number)).toEqual([earlier]);
    expect(view.events.map((e) => [e.kind, e.actorName])).toEqual(
      expect.arrayContaining([
        ['created', customer.name],
        ['assigned', agent.name],
        ['note_added', agent.name],
        ['replied', agent.name],
      ]),
    );
    // The claim's two events share a timestamp; the assignment still reads first.
    expect(view.events.slice(0, 3).map((e) => e.kind)).toEqual(['created', 'assigned', 'status_changed']);
    expect(view.events.filter((e) => e.kind === 'status_changed').map((e) => [e.from, e.to])).toEqual([
      ['open', 'in_progress'],
      ['in_progress', 'pending_customer'],
    ]);

    // What the customer gets for the same ticket: the reply, never the note.
    const theirs = await getTicket(customer, { number: ticket });
    expect(theirs.messages.map((m) => m.body)).toEqual(['Your parcel is on its way.']);
    expect(JSON.stringify(theirs)).not.toContain('courier');
  });

  it('finds a visitor’s other tickets by their email address', async () => {
    const agent = await makeUser('agent');
    const email = 'Repeat.Visitor@example.test';
    const first = await makeTicket(anonymous, { email });
    const second = await makeTicket(anonymous, { email: email.toLowerCase() });
    expect((await getDeskTicket(agent, second)).otherTickets.map((t) => t.number)).toEqual([first.number]);
    expect(await codeOf(getDeskTicket(agent, { number: 'HD-19990101-0001' }))).toBe('not_found');
  });
});
