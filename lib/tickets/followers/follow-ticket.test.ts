import { and, eq } from 'drizzle-orm';
import { describe, expect, it } from 'vitest';
import { getDb } from '@/db/client';
import { notifications, ticketEvents, users } from '@/db/schema';
import { type Actor, anonymous } from '@/lib/access/actor';
import { AppError } from '@/lib/errors';
import { contactInput, freshIp, makeUser } from '@/lib/testing/fixtures';
import { createTicket } from '../create-ticket';
import { addRequesterReply } from '../requester/actions';
import { reassignTicket } from '../workspace/assignment';
import { addStaffMessage } from '../workspace/staff-message';
import { transitionTicket } from '../workspace/transition-ticket';
import { followTicket, listTicketFollowers, unfollowTicket } from './follow-ticket';

async function codeOf(promise: Promise<unknown>): Promise<string | null> {
  const error = await promise.then(() => null, (e: unknown) => e);
  if (error === null) return null;
  expect(error).toBeInstanceOf(AppError);
  return (error as AppError).code;
}

async function titlesFor(userId: string, ticketId: string): Promise<string[]> {
  const db = await getDb();
  const rows = await db.select({ title: notifications.title }).from(notifications).where(and(eq(notifications.userId, userId), eq(notifications.ticketId, ticketId)));
  return rows.map((row) => row.title);
}

describe('following a ticket', () => {
  it('is for approved staff: visitors, customers and unapproved staff are refused', async () => {
    const customer = await makeUser('customer');
    const ticket = await createTicket(customer, contactInput(), { ip: freshIp() });
    const refused: Array<[string, Actor, string]> = [
      ['a visitor', anonymous, 'unauthorized'],
      ['the requester', customer, 'forbidden'],
      ['another customer', await makeUser('customer'), 'forbidden'],
      ['a pending agent', await makeUser('agent', 'pending'), 'forbidden'],
      ['a suspended admin', await makeUser('admin', 'suspended'), 'forbidden'],
    ];
    for (const [who, actor, code] of refused) {
      expect([who, await codeOf(followTicket(actor, { number: ticket.number }))]).toEqual([who, code]);
      expect([who, await codeOf(unfollowTicket(actor, { number: ticket.number }))]).toEqual([who, code]);
      expect([who, await codeOf(listTicketFollowers(actor, { number: ticket.number }))]).toEqual([who, code]);
    }
    const agent = await makeUser('agent');
    expect((await listTicketFollowers(agent, { number: ticket.number })).followers).toEqual([]);
  });

  it('follows and unfollows once each, with one trail event per real change', async () => {
    const agent = await makeUser('agent');
    const admin = await makeUser('admin');
    const ticket = await createTicket(anonymous, contactInput(), { ip: freshIp() });
    expect(await followTicket(agent, { number: ticket.number })).toEqual({ number: ticket.number, following: true });
    expect(await followTicket(agent, { number: ticket.number })).toEqual({ number: ticket.number, following: true });
    await followTicket(admin, { number: ticket.number });
    expect(await listTicketFollowers(agent, { number: ticket.number })).toEqual({
      following: true,
      followers: expect.arrayContaining([{ id: agent.id, name: agent.name }, { id: admin.id, name: admin.name }]),
    });
    await unfollowTicket(agent, { number: ticket.number });
    await unfollowTicket(agent, { number: ticket.number });
    expect(await listTicketFollowers(agent, { number: ticket.number })).toEqual({ following: false, followers: [{ id: admin.id, name: admin.name }] });
    const db = await getDb();
    const kinds = (await db.select({ kind: ticketEvents.kind }).from(ticketEvents).where(eq(ticketEvents.ticketId, ticket.id))).map((e) => e.kind);
    expect(kinds.filter((k) => k === 'followed')).toHaveLength(2);
    expect(kinds.filter((k) => k === 'unfollowed')).toHaveLength(1);
    expect(await codeOf(followTicket(agent, { number: 'HD-19990101-0001' }))).toBe('not_found');
  });

  it('brings followers the ticket’s news, never their own actions, and nothing once suspended or unfollowed', async () => {
    const customer = await makeUser('customer');
    const holder = await makeUser('agent');
    const follower = await makeUser('agent');
    const gone = await makeUser('agent');
    const admin = await makeUser('admin');
    const ticket = await createTicket(customer, contactInput({ subject: 'Broken hinge' }), { ip: freshIp() });
    await followTicket(follower, { number: ticket.number });
    await followTicket(gone, { number: ticket.number });
    await followTicket(holder, { number: ticket.number });
    const db = await getDb();
    await db.update(users).set({ staffStatus: 'suspended' }).where(eq(users.id, gone.id));

    await reassignTicket(admin, { number: ticket.number, assigneeId: holder.id });
    await addRequesterReply({ actor: customer, number: ticket.number }, { body: 'Any news?' });
    await addStaffMessage(holder, { number: ticket.number, body: 'Checking with the warehouse.', visibility: 'public' });
    await addStaffMessage(holder, { number: ticket.number, body: 'Warehouse is slow.', visibility: 'internal' });
    await transitionTicket(holder, { number: ticket.number, to: 'resolved' });
    await addStaffMessage(follower, { number: ticket.number, body: 'My own note.', visibility: 'internal' });

    const seen = await titlesFor(follower.id, ticket.id);
    expect(seen).toEqual(
      expect.arrayContaining([
        `${admin.name} assigned ${holder.name} to ${ticket.number}: Broken hinge`,
        `${customer.name} replied on ${ticket.number}: Broken hinge`,
        `${holder.name} replied on ${ticket.number}: Broken hinge`,
        `${holder.name} added an internal note on ${ticket.number}: Broken hinge`,
        `${holder.name} changed the status to resolved on ${ticket.number}: Broken hinge`,
      ]),
    );
    expect(seen.some((title) => title.startsWith(follower.name))).toBe(false);
    expect(await titlesFor(gone.id, ticket.id)).toEqual([]);
    // The holder is told as the assignee, once; as a follower, nothing of their own doing.
    const held = await titlesFor(holder.id, ticket.id);
    expect(held.filter((title) => title.includes('replied on')).length).toBe(1);
    expect(held.some((title) => title.startsWith(holder.name))).toBe(false);

    await unfollowTicket(follower, { number: ticket.number });
    const before = (await titlesFor(follower.id, ticket.id)).length;
    await addStaffMessage(holder, { number: ticket.number, body: 'After the unfollow.', visibility: 'internal' });
    expect(await titlesFor(follower.id, ticket.id)).toHaveLength(before);
  });
});
