import { eq } from 'drizzle-orm';
import { describe, expect, it } from 'vitest';
import { getDb } from '@/db/client';
import { ticketEvents, tickets } from '@/db/schema';
import { AppError } from '@/lib/errors';
import { makeTicket } from '@/lib/testing/desk-fixtures';
import { makeUser } from '@/lib/testing/fixtures';
import { archiveTicket, restoreTicket } from './archive-ticket';
import { claimTicket } from './assignment';
import { bulkUpdateTickets } from './bulk-update';
import { getDeskTicket } from './desk-ticket';
import { listQueue } from '../queue/list';
import { addStaffMessage } from './staff-message';
import { transitionTicket } from './transition-ticket';

async function row(number: string) {
  const db = await getDb();
  const [found] = await db.select().from(tickets).where(eq(tickets.number, number));
  return found!;
}

async function eventsOf(number: string) {
  const db = await getDb();
  const rows = await db.select().from(ticketEvents).where(eq(ticketEvents.ticketNumber, number));
  return rows.map((e) => [e.kind, e.fromValue, e.toValue]);
}

async function codeOf(promise: Promise<unknown>): Promise<string> {
  const error = await promise.then(() => null, (e: unknown) => e);
  expect(error).toBeInstanceOf(AppError);
  return (error as AppError).code;
}

describe('bulk updates', () => {
  it('moves each ticket that may move, and reports the one the status machine refuses', async () => {
    const agent = await makeUser('agent');
    const working = await makeTicket(agent, { status: 'in_progress' });
    const held = await makeTicket(agent, { status: 'on_hold' });
    const closed = await makeTicket(agent, { status: 'closed' });
    const outcome = await bulkUpdateTickets(agent, { numbers: [working.number, closed.number, held.number], action: 'status:pending_customer' });
    expect(outcome.updated).toEqual([working.number]);
    expect(outcome.failed.map((f) => f.number)).toEqual([closed.number, held.number]);
    expect(outcome.failed[0]!.message).toMatch(/cannot move from closed to waiting on customer/);
    expect(outcome.failed[1]!.message).toMatch(/From on hold a ticket can move to: in progress, resolved/);
    expect((await row(working.number)).status).toBe('pending_customer');
    expect((await row(closed.number)).status).toBe('closed');
    expect(await eventsOf(working.number)).toContainEqual(['status_changed', 'in_progress', 'pending_customer']);
  });

  it('assigns to me the unassigned tickets and names who holds the others', async () => {
    const [me, other] = [await makeUser('agent'), await makeUser('agent', 'approved', { name: 'Grace Hopper' })];
    const free = await makeTicket(me);
    const taken = await makeTicket(me);
    await claimTicket(other, { number: taken.number });
    const outcome = await bulkUpdateTickets(me, { numbers: [free.number, taken.number], action: 'assign' });
    expect(outcome).toEqual({ updated: [free.number], failed: [{ number: taken.number, message: 'Grace Hopper already has this ticket.' }] });
    expect(await row(free.number)).toMatchObject({ assigneeId: me.id, status: 'in_progress' });
    expect((await row(taken.number)).assigneeId).toBe(other.id);
  });

  it('sets the priority of every selected ticket, each with its event', async () => {
    const agent = await makeUser('agent');
    const a = await makeTicket(agent, { priority: 'low' });
    const b = await makeTicket(agent, { priority: 'medium' });
    const outcome = await bulkUpdateTickets(agent, { numbers: [a.number, b.number], action: 'priority:urgent' });
    expect(outcome.failed).toEqual([]);
    expect([(await row(a.number)).priority, (await row(b.number)).priority]).toEqual(['urgent', 'urgent']);
    expect(await eventsOf(b.number)).toContainEqual(['priority_changed', 'medium', 'urgent']);
  });

  it('archives many at once, and reports a ticket that does not exist', async () => {
    const agent = await makeUser('agent');
    const a = await makeTicket(agent);
    const outcome = await bulkUpdateTickets(agent, { numbers: [a.number, 'HD-19990101-0001', a.number.toLowerCase()], action: 'archive' });
    expect(outcome).toEqual({ updated: [a.number], failed: [{ number: 'HD-19990101-0001', message: 'No such ticket.' }] });
    expect((await row(a.number)).archivedAt).toBeInstanceOf(Date);
  });

  it('refuses an empty selection, an unknown action and an oversized selection', async () => {
    const agent = await makeUser('agent');
    const number = (await makeTicket(agent)).number;
    expect(await codeOf(bulkUpdateTickets(agent, { numbers: [], action: 'archive' }))).toBe('validation');
    expect(await codeOf(bulkUpdateTickets(agent, { numbers: [number], action: 'delete' }))).toBe('validation');
    expect(await codeOf(bulkUpdateTickets(agent, { numbers: Array(101).fill(number), action: 'archive' }))).toBe('validation');
    expect((await row(number)).archivedAt).toBeNull();
  });
});

describe('archive and restore', () => {
  it('keeps the status and assignee, leaves every queue but the archive, and records both events', async () => {
    const agent = await makeUser('agent');
    const ticket = await makeTicket(agent, { status: 'on_hold', assignee: agent, subject: 'Archive me, a quokka' });
    expect(await archiveTicket(agent, ticket)).toEqual({ number: ticket.number, status: 'on_hold', archived: true });
    expect(await row(ticket.number)).toMatchObject({ status: 'on_hold', assigneeId: agent.id });
    for (const view of ['open', 'mine', 'unassigned'] as const) {
      expect((await listQueue(agent, { view, q: 'quokka' })).rows).toEqual([]);
    }
    expect((await listQueue(agent, { view: 'archived', q: 'quokka' })).rows.map((r) => r.number)).toEqual([ticket.number]);

    expect(await restoreTicket(agent, ticket)).toEqual({ number: ticket.number, status: 'on_hold', archived: false });
    expect((await listQueue(agent, { view: 'mine', q: 'quokka' })).rows.map((r) => r.number)).toEqual([ticket.number]);
    expect(await eventsOf(ticket.number)).toEqual(expect.arrayContaining([['archived', 'on_hold', null], ['restored', null, 'on_hold']]));
  });

  it('refuses to change an archived ticket until it is restored, and offers it no status moves', async () => {
    const agent = await makeUser('agent');
    const ticket = await makeTicket(agent, { status: 'in_progress', assignee: agent });
    await archiveTicket(agent, ticket);
    expect(await codeOf(transitionTicket(agent, { number: ticket.number, to: 'resolved' }))).toBe('conflict');
    expect(await codeOf(addStaffMessage(agent, { number: ticket.number, body: 'Hi', visibility: 'public' }))).toBe('conflict');
    expect((await getDeskTicket(agent, ticket)).allowedStatuses).toEqual([]);
    const outcome = await bulkUpdateTickets(agent, { numbers: [ticket.number], action: 'status:resolved' });
    expect(outcome.failed[0]?.message).toMatch(/archived/);
  });

  it('does nothing, and writes no event, when asked to archive twice or restore a live ticket', async () => {
    const agent = await makeUser('agent');
    const ticket = await makeTicket(agent);
    await restoreTicket(agent, ticket);
    await archiveTicket(agent, ticket);
    await archiveTicket(agent, ticket);
    const kinds = (await eventsOf(ticket.number)).map(([kind]) => kind);
    expect(kinds.filter((k) => k === 'archived' || k === 'restored')).toEqual(['archived']);
  });
});
