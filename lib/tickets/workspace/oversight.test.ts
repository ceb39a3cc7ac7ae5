import { eq, isNull } from 'drizzle-orm';
import { describe, expect, it } from 'vitest';
import { getDb } from '@/db/client';
import { feedback, notifications, ticketEvents, ticketMessages, tickets } from '@/db/schema';
import { type Actor, anonymous } from '@/lib/access/actor';
import { AppError } from '@/lib/errors';
import { addMessage, makeTicket } from '@/lib/testing/desk-fixtures';
import { makeUser } from '@/lib/testing/fixtures';
import { archiveTicket, restoreTicket } from './archive-ticket';
import { reassignTicket } from './assignment';
import { bulkUpdateTickets } from './bulk-update';
import { deleteTicket } from './delete-ticket';
import { listQueue } from '../queue/list';

async function codeOf(promise: Promise<unknown>): Promise<string | null> {
  const error = await promise.then(() => null, (e: unknown) => e);
  if (error === null) return null;
  expect(error).toBeInstanceOf(AppError);
  return (error as AppError).code;
}

async function row(number: string) {
  const db = await getDb();
  const [found] = await db.select().from(tickets).where(eq(tickets.number, number));
  return found;
}

/** Every role but an approved admin, with the refusal each should get. */
async function outsiders(): Promise<Array<[string, Actor, string]>> {
  return [
    ['a visitor', anonymous, 'unauthorized'],
    ['a customer', await makeUser('customer'), 'forbidden'],
    ['a pending agent', await makeUser('agent', 'pending'), 'forbidden'],
    ['a rejected agent', await makeUser('agent', 'rejected'), 'forbidden'],
    ['a suspended agent', await makeUser('agent', 'suspended'), 'forbidden'],
    ['an approved agent', await makeUser('agent'), 'forbidden'],
    ['a suspended admin', await makeUser('admin', 'suspended'), 'forbidden'],
  ];
}

describe('deleting a ticket', () => {
  it('is refused to everyone but an admin, and the ticket stays', async () => {
    const admin = await makeUser('admin');
    const { number } = await makeTicket(admin);
    for (const [who, actor, code] of await outsiders()) {
      expect([who, await codeOf(deleteTicket(actor, { number, confirmation: number }))]).toEqual([who, code]);
    }
    expect(await row(number)).toBeDefined();
  });

  it('asks for the number typed back, and refuses a wrong one', async () => {
    const admin = await makeUser('admin');
    const { number } = await makeTicket(admin);
    expect(await codeOf(deleteTicket(admin, { number, confirmation: '' }))).toBe('validation');
    expect(await codeOf(deleteTicket(admin, { number, confirmation: 'HD-19990101-0001' }))).toBe('validation');
    expect(await codeOf(deleteTicket(admin, { number: 'HD-19990101-0001', confirmation: 'HD-19990101-0001' }))).toBe('not_found');
    expect(await row(number)).toBeDefined();
  });

  it('removes the messages, rating and notifications, and keeps the trail with the number', async () => {
    const admin = await makeUser('admin');
    const agent = await makeUser('agent');
    const ticket = await makeTicket(admin, { assignee: agent });
    await addMessage(ticket.id, agent, 'A reply');
    const db = await getDb();
    await db.insert(feedback).values({ ticketId: ticket.id, rating: 5 });
    await db.insert(notifications).values({ userId: agent.id, ticketId: ticket.id, kind: 'ticket_assigned' });

    expect(await deleteTicket(admin, { number: ticket.number, confirmation: ` ${ticket.number.toLowerCase()} ` })).toEqual({ number: ticket.number });
    expect(await row(ticket.number)).toBeUndefined();
    expect(await db.select().from(ticketMessages).where(eq(ticketMessages.ticketId, ticket.id))).toEqual([]);
    expect(await db.select().from(feedback).where(eq(feedback.ticketId, ticket.id))).toEqual([]);
    expect(await db.select().from(notifications).where(eq(notifications.userId, agent.id))).toEqual([]);
    const trail = await db.select().from(ticketEvents).where(eq(ticketEvents.ticketNumber, ticket.number));
    expect(trail.map((e) => e.kind)).toEqual(expect.arrayContaining(['created', 'deleted']));
    expect(trail.every((e) => e.ticketId === null)).toBe(true);
    expect(trail.find((e) => e.kind === 'deleted')).toMatchObject({ actorId: admin.id, actorName: admin.name, fromValue: 'open' });
    expect(await db.select().from(ticketEvents).where(isNull(ticketEvents.ticketNumber))).toEqual([]);
  });
});

describe('reassigning', () => {
  it('is refused to everyone but an admin, one ticket or many', async () => {
    const admin = await makeUser('admin');
    const agent = await makeUser('agent');
    const { number } = await makeTicket(admin);
    for (const [who, actor, code] of await outsiders()) {
      expect([who, await codeOf(reassignTicket(actor, { number, assigneeId: agent.id }))]).toEqual([who, code]);
      const bulkCode = code === 'unauthorized' ? 'unauthorized' : 'forbidden';
      expect([who, await codeOf(bulkUpdateTickets(actor, { numbers: [number], action: 'reassign', assigneeId: agent.id }))]).toEqual([who, bulkCode]);
    }
    expect((await row(number))!.assigneeId).toBeNull();
  });

  it('lets an admin hand many tickets to an approved agent, with the old and new names in each trail', async () => {
    const admin = await makeUser('admin');
    const [before, after] = [await makeUser('agent', 'approved', { name: 'Ada Before' }), await makeUser('agent', 'approved', { name: 'Bea After' })];
    const held = await makeTicket(admin, { assignee: before, status: 'in_progress' });
    const free = await makeTicket(admin);
    const archived = await makeTicket(admin, { archived: true });
    const outcome = await bulkUpdateTickets(admin, { numbers: [held.number, free.number, archived.number], action: 'reassign', assigneeId: after.id });
    expect(outcome.updated).toEqual([held.number, free.number]);
    expect(outcome.failed).toEqual([{ number: archived.number, message: expect.stringMatching(/archived/) }]);
    expect((await row(held.number))!.assigneeId).toBe(after.id);
    expect(await row(free.number)).toMatchObject({ assigneeId: after.id, status: 'in_progress' });
    const db = await getDb();
    const events = await db.select().from(ticketEvents).where(eq(ticketEvents.ticketNumber, held.number));
    expect(events.map((e) => [e.kind, e.fromValue, e.toValue])).toContainEqual(['assigned', 'Ada Before', 'Bea After']);
  });

  it('refuses a bulk reassignment with no agent, or to someone who is not an approved agent', async () => {
    const admin = await makeUser('admin');
    const { number } = await makeTicket(admin);
    expect(await codeOf(bulkUpdateTickets(admin, { numbers: [number], action: 'reassign' }))).toBe('validation');
    const pending = await makeUser('agent', 'pending');
    const outcome = await bulkUpdateTickets(admin, { numbers: [number], action: 'reassign', assigneeId: pending.id });
    expect(outcome.failed).toEqual([{ number, message: 'Choose an approved agent.' }]);
  });
});

describe('archiving and restoring', () => {
  it('is refused to anyone who does not work the desk; approved staff may, one or many', async () => {
    const admin = await makeUser('admin');
    const { number } = await makeTicket(admin);
    for (const [who, actor, code] of (await outsiders()).filter(([who]) => who !== 'an approved agent')) {
      expect([who, await codeOf(archiveTicket(actor, { number }))]).toEqual([who, code]);
      expect([who, await codeOf(restoreTicket(actor, { number }))]).toEqual([who, code]);
      expect([who, await codeOf(bulkUpdateTickets(actor, { numbers: [number], action: 'restore' }))]).toEqual([who, code]);
    }
    expect((await row(number))!.archivedAt).toBeNull();
  });

  it('takes tickets out of every default view and brings them back, in bulk, with the status they had', async () => {
    const admin = await makeUser('admin');
    const waiting = await makeTicket(admin, { status: 'pending_customer', subject: 'Numbat waiting' });
    const held = await makeTicket(admin, { status: 'on_hold', subject: 'Numbat on hold' });
    const numbers = [waiting.number, held.number];
    expect((await bulkUpdateTickets(admin, { numbers, action: 'archive' })).updated).toEqual(numbers);
    for (const view of ['open', 'unassigned', 'waiting', 'resolved', 'closed'] as const) {
      expect((await listQueue(admin, { view, q: 'numbat' })).rows).toEqual([]);
    }
    expect((await bulkUpdateTickets(admin, { numbers, action: 'restore' })).updated).toEqual(numbers);
    expect([(await row(waiting.number))!.status, (await row(held.number))!.status]).toEqual(['pending_customer', 'on_hold']);
    expect((await listQueue(admin, { view: 'waiting', q: 'numbat' })).rows.map((r) => r.number)).toEqual([waiting.number]);
  });
});
