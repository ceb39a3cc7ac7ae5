import { asc, eq } from 'drizzle-orm';
import { beforeAll, describe, expect, it } from 'vitest';
import { getDb } from '@/db/client';
import { ticketEvents, tickets } from '@/db/schema';
import type { UserActor } from '@/lib/access/actor';
import { makeTicket, type TicketShape } from '@/lib/testing/desk-fixtures';
import { makeUser } from '@/lib/testing/fixtures';
import { withMailEnv } from '@/lib/testing/mail-env';
import { mailsWhere, notificationsOf } from '@/lib/testing/notify-fixtures';
import { ticketVersion } from '../version';
import { updateTicket } from './update-ticket';

withMailEnv({ AUTH_URL: 'https://help.example.test' });

let customer: UserActor;
let agent: UserActor;
let other: UserActor;
let admin: UserActor;

beforeAll(async () => {
  customer = await makeUser('customer');
  agent = await makeUser('agent', 'approved', { name: 'Ada Agent' });
  other = await makeUser('agent', 'approved', { name: 'Grace Hopper' });
  admin = await makeUser('admin', 'approved', { name: 'Alan Admin' });
});

// What a change writes; the ticket's own opening events are left out.
const workKinds: string[] = ['assigned', 'unassigned', 'status_changed', 'priority_changed', 'category_changed'];

async function stateOf(id: string) {
  const db = await getDb();
  const [row] = await db.select({ assigneeId: tickets.assigneeId, status: tickets.status, priority: tickets.priority }).from(tickets).where(eq(tickets.id, id));
  const trail = await db
    .select({ kind: ticketEvents.kind, from: ticketEvents.fromValue, to: ticketEvents.toValue, actor: ticketEvents.actorName })
    .from(ticketEvents)
    .where(eq(ticketEvents.ticketId, id))
    .orderBy(asc(ticketEvents.createdAt), asc(ticketEvents.id));
  return { ...row, trail: trail.filter((event) => workKinds.includes(event.kind)) };
}

// One requester per ticket, so the submission limits of one test do not reach the next.
const open = async (shape: TicketShape = {}) => makeTicket(await makeUser('customer'), shape);

const refusal = (code: string, fields?: Record<string, unknown>) => expect.objectContaining({ code, ...(fields ? { fields: expect.objectContaining(fields) } : {}) });

describe('updateTicket with an assignee', () => {
  it('lets an agent claim a ticket nobody holds, starting work on it, and tells nobody', async () => {
    const ticket = await open();
    await updateTicket(agent, { number: ticket.number, changes: { assignee: agent.id } });
    expect(await stateOf(ticket.id)).toMatchObject({
      assigneeId: agent.id,
      status: 'in_progress',
    });
    // One transaction, one timestamp: the trail's order within it is not defined.
    expect((await stateOf(ticket.id)).trail).toEqual(
      expect.arrayContaining([
        { kind: 'assigned', from: null, to: 'Ada Agent', actor: 'Ada Agent' },
        { kind: 'status_changed', from: 'open', to: 'in_progress', actor: 'Ada Agent' },
      ]),
    );
    expect((await stateOf(ticket.id)).trail).toHaveLength(2);
    expect(await mailsWhere({ ticketId: ticket.id, kind: 'ticket_assigned' })).toEqual([]);
    expect(await notificationsOf(agent.id)).toEqual([]);
  });

  it('takes "me" as the acting agent’s own id', async () => {
    const ticket = await open();
    await updateTicket(agent, { number: ticket.number, changes: { assignee: 'me' } });
    expect(await stateOf(ticket.id)).toMatchObject({ assigneeId: agent.id, status: 'in_progress' });
    await expect(updateTicket(agent, { number: ticket.number, changes: { assignee: 'myself' } })).rejects.toEqual(refusal('validation', { assignee: expect.anything() }));
  });

  it('refuses an agent’s claim on a ticket someone else holds with a conflict naming them', async () => {
    const ticket = await open({ assignee: other, status: 'in_progress' });
    await expect(updateTicket(agent, { number: ticket.number, changes: { assignee: agent.id } })).rejects.toEqual(refusal('conflict'));
    await expect(updateTicket(agent, { number: ticket.number, changes: { assignee: agent.id } })).rejects.toThrow('Grace Hopper already has this ticket.');
    expect((await stateOf(ticket.id)).assigneeId).toBe(other.id);
  });

  it('lets an agent give back a ticket they hold, and refuses them someone else’s', async () => {
    const mine = await open({ assignee: agent, status: 'in_progress' });
    await updateTicket(agent, { number: mine.number, changes: { assignee: null } });
    expect(await stateOf(mine.id)).toMatchObject({ assigneeId: null, status: 'in_progress', trail: [{ kind: 'unassigned', from: 'Ada Agent', to: null }] });

    const theirs = await open({ assignee: other, status: 'in_progress' });
    await expect(updateTicket(agent, { number: theirs.number, changes: { assignee: null } })).rejects.toThrow('Only Grace Hopper or an admin can unassign this ticket.');
    expect((await stateOf(theirs.id)).assigneeId).toBe(other.id);
  });

  it('refuses an agent handing a ticket to someone else', async () => {
    const ticket = await open();
    await expect(updateTicket(agent, { number: ticket.number, changes: { assignee: other.id } })).rejects.toEqual(refusal('forbidden'));
    expect((await stateOf(ticket.id)).assigneeId).toBeNull();
  });

  it('lets an admin reassign with both names in the trail, mailing and notifying the new assignee', async () => {
    const ticket = await open({ assignee: other, status: 'in_progress' });
    await updateTicket(admin, { number: ticket.number, changes: { assignee: agent.id } });
    expect(await stateOf(ticket.id)).toMatchObject({ assigneeId: agent.id, trail: [{ kind: 'assigned', from: 'Grace Hopper', to: 'Ada Agent', actor: 'Alan Admin' }] });
    expect((await mailsWhere({ ticketId: ticket.id, kind: 'ticket_assigned' })).map((mail) => mail.recipientEmail)).toEqual([agent.email]);
    expect(await notificationsOf(agent.id)).toContainEqual(expect.objectContaining({ kind: 'ticket_assigned', ticketId: ticket.id, actorName: 'Alan Admin' }));

    await updateTicket(admin, { number: ticket.number, changes: { assignee: null } });
    expect((await stateOf(ticket.id)).assigneeId).toBeNull();
  });

  it('lets an admin take a ticket from its holder for themselves', async () => {
    const ticket = await open({ assignee: other, status: 'in_progress' });
    await updateTicket(admin, { number: ticket.number, changes: { assignee: admin.id } });
    expect((await stateOf(ticket.id)).assigneeId).toBe(admin.id);
  });

  it('answers a field error on assignee for a customer, a pending or suspended agent, an unknown id and a malformed one', async () => {
    const ticket = await open();
    const pending = await makeUser('agent', 'pending');
    const suspended = await makeUser('agent', 'suspended');
    for (const assignee of [customer.id, pending.id, suspended.id, '00000000-0000-4000-8000-000000000000', 'ada']) {
      await expect(updateTicket(admin, { number: ticket.number, changes: { assignee } }), assignee).rejects.toEqual(refusal('validation', { assignee: expect.any(Array) }));
    }
    expect((await stateOf(ticket.id)).assigneeId).toBeNull();
  });

  it('claims first, so a status only allowed from in progress follows in the same call', async () => {
    const ticket = await open();
    await updateTicket(agent, { number: ticket.number, changes: { assignee: agent.id, status: 'on_hold', priority: 'high' } });
    expect(await stateOf(ticket.id)).toMatchObject({ assigneeId: agent.id, status: 'on_hold', priority: 'high' });
  });

  it('makes none of the changes when one of them is refused', async () => {
    const ticket = await open();
    await expect(updateTicket(agent, { number: ticket.number, changes: { assignee: agent.id, priority: 'urgent', category: 'no-such-category' } })).rejects.toEqual(
      refusal('validation', { category: expect.any(Array) }),
    );
    expect(await stateOf(ticket.id)).toMatchObject({ assigneeId: null, status: 'open', priority: 'medium', trail: [] });
  });

  it('refuses a stale version before changing anything, and takes the current one', async () => {
    const ticket = await open();
    const db = await getDb();
    const before = await ticketVersion(db, ticket.id, { staff: true });
    await updateTicket(agent, { number: ticket.number, changes: { priority: 'low' } });
    await expect(updateTicket(other, { number: ticket.number, changes: { assignee: other.id }, expectedVersion: before })).rejects.toEqual(refusal('precondition_failed'));
    expect((await stateOf(ticket.id)).assigneeId).toBeNull();
    const now = await ticketVersion(db, ticket.id, { staff: true });
    await updateTicket(other, { number: ticket.number, changes: { assignee: other.id }, expectedVersion: now });
    expect((await stateOf(ticket.id)).assigneeId).toBe(other.id);
  });

  it('refuses changing who holds an archived ticket', async () => {
    const ticket = await open({ archived: true });
    await expect(updateTicket(agent, { number: ticket.number, changes: { assignee: agent.id } })).rejects.toEqual(refusal('conflict'));
  });
});
