import { eq } from 'drizzle-orm';
import { beforeAll, describe, expect, it } from 'vitest';
import { getDb } from '@/db/client';
import { feedback, type TicketStatus, ticketEvents, tickets } from '@/db/schema';
import type { UserActor } from '@/lib/access/actor';
import { contactInput, makeUser } from '@/lib/testing/fixtures';
import { createTicket } from '@/lib/tickets/create-ticket';
import { getCurrentStats } from './current';
import { getRangeStats } from './range';

const hour = 3_600_000;
const now = new Date('2040-03-10T12:00:00Z');
let admin: UserActor;
let alice: UserActor;
let bob: UserActor;

type Spec = {
  created: string;
  status: TicketStatus;
  assignee?: UserActor;
  category?: string;
  priority?: 'low' | 'medium' | 'high' | 'urgent';
  responseHours?: number;
  resolvedHours?: number;
  resolvedBy?: UserActor;
  rating?: { value: number; at: string };
  archived?: boolean;
};

/** One ticket as the desk would have left it, with its resolution event and rating. */
async function ticket(spec: Spec): Promise<void> {
  const created = new Date(spec.created);
  const { id, number } = await createTicket(admin, contactInput({ category: spec.category ?? 'order-delivery' }), { now: created });
  const db = await getDb();
  const resolvedAt = spec.resolvedHours === undefined ? null : new Date(created.getTime() + spec.resolvedHours * hour);
  await db
    .update(tickets)
    .set({
      status: spec.status,
      priority: spec.priority ?? 'medium',
      assigneeId: spec.assignee?.id ?? null,
      firstResponseAt: spec.responseHours === undefined ? null : new Date(created.getTime() + spec.responseHours * hour),
      resolvedAt,
      archivedAt: spec.archived ? now : null,
    })
    .where(eq(tickets.id, id));
  if (resolvedAt && spec.resolvedBy) {
    await db.insert(ticketEvents).values({
      ticketId: id,
      ticketNumber: number,
      actorId: spec.resolvedBy.id,
      actorName: spec.resolvedBy.name,
      kind: 'status_changed',
      fromValue: 'in_progress',
      toValue: 'resolved',
      createdAt: resolvedAt,
    });
    if (spec.status === 'closed') {
      // Closing a resolved ticket is not a second resolution.
      await db.insert(ticketEvents).values({
        ticketId: id,
        ticketNumber: number,
        actorId: spec.resolvedBy.id,
        actorName: spec.resolvedBy.name,
        kind: 'status_changed',
        fromValue: 'resolved',
        toValue: 'closed',
        createdAt: new Date(resolvedAt.getTime() + 24 * hour),
      });
    }
  }
  if (spec.rating) await db.insert(feedback).values({ ticketId: id, rating: spec.rating.value, createdAt: new Date(spec.rating.at) });
}

beforeAll(async () => {
  admin = await makeUser('admin', 'approved', { name: 'Ada Admin' });
  alice = await makeUser('agent', 'approved', { name: 'Alice Agent' });
  bob = await makeUser('agent', 'approved', { name: 'Bob Agent' });
  await makeUser('agent', 'pending');
  await makeUser('agent', 'pending');
  await makeUser('agent', 'rejected');

  // Before the 7-day range, inside the 30-day one.
  await ticket({ created: '2040-02-20T09:00:00Z', status: 'closed', assignee: bob, responseHours: 1, resolvedHours: 5, resolvedBy: bob, rating: { value: 1, at: '2040-02-21T09:00:00Z' } });
  await ticket({ created: '2040-03-01T09:00:00Z', status: 'resolved', assignee: alice, responseHours: 2, resolvedHours: 117, resolvedBy: alice, rating: { value: 4, at: '2040-03-07T09:00:00Z' } });
  // Inside the 7-day range (2040-03-04 to 2040-03-10).
  await ticket({ created: '2040-03-04T10:00:00Z', status: 'closed', assignee: alice, responseHours: 1, resolvedHours: 10, resolvedBy: alice, rating: { value: 5, at: '2040-03-05T10:00:00Z' } });
  await ticket({ created: '2040-03-05T09:00:00Z', status: 'resolved', assignee: bob, responseHours: 2, resolvedHours: 24, resolvedBy: bob, rating: { value: 3, at: '2040-03-06T10:00:00Z' } });
  await ticket({ created: '2040-03-05T12:00:00Z', status: 'in_progress', assignee: alice, responseHours: 3 });
  await ticket({ created: '2040-03-08T08:00:00Z', status: 'open', category: 'billing', priority: 'high' });
  await ticket({ created: '2040-03-10T11:00:00Z', status: 'pending_customer', assignee: bob, responseHours: 0.5 });
  // Archived tickets are out of the current figures, whatever their status.
  await ticket({ created: '2040-03-09T11:00:00Z', status: 'open', archived: true });
});

describe('getCurrentStats', () => {
  it('counts the live, unfinished tickets by status, priority and category, the unassigned, and pending applications', async () => {
    const stats = await getCurrentStats(admin);
    expect(stats.open).toBe(3);
    expect(stats.byStatus).toEqual({ open: 1, in_progress: 1, on_hold: 0, pending_customer: 1 });
    expect(stats.unassigned).toBe(1);
    expect(stats.byPriority).toEqual({ low: 0, medium: 2, high: 1, urgent: 0 });
    const byCategory = Object.fromEntries(stats.byCategory.map((c) => [c.name, c.count]));
    expect(byCategory).toMatchObject({ Billing: 1, 'Order & delivery': 2, General: 0 });
    expect(stats.pendingApplications).toBe(2);
  });
});

describe('getRangeStats', () => {
  it('gives opened and resolved per day over the last 7 days, today included', async () => {
    const stats = await getRangeStats(admin, { days: '7' }, now);
    expect(stats.from.toISOString()).toBe('2040-03-04T00:00:00.000Z');
    expect(stats.until.toISOString()).toBe('2040-03-11T00:00:00.000Z');
    expect(stats.daily).toEqual([
      { day: '2040-03-04', opened: 1, resolved: 1 },
      { day: '2040-03-05', opened: 2, resolved: 0 },
      { day: '2040-03-06', opened: 0, resolved: 2 },
      { day: '2040-03-07', opened: 0, resolved: 0 },
      { day: '2040-03-08', opened: 1, resolved: 0 },
      { day: '2040-03-09', opened: 1, resolved: 0 },
      { day: '2040-03-10', opened: 1, resolved: 0 },
    ]);
    expect(stats.opened).toBe(6);
    expect(stats.resolved).toBe(3);
  });

  it('gives the median and 90th percentile of first response and resolution for tickets opened in the range', async () => {
    const stats = await getRangeStats(admin, { days: 7 }, now);
    // Responses after 1, 2, 3 and 0.5 hours; resolutions after 10 and 24 hours.
    expect(stats.firstResponse).toEqual({ median: 5400, p90: 9720, measured: 4 });
    expect(stats.resolution).toEqual({ median: 61_200, p90: 81_360, measured: 2 });
  });

  it('averages the ratings given in the range and shows how they spread', async () => {
    const stats = await getRangeStats(admin, { days: 7 }, now);
    expect(stats.csat).toEqual({ average: 4, count: 3, distribution: { 1: 0, 2: 0, 3: 1, 4: 1, 5: 1 } });
  });

  it('gives each agent their open load, resolutions in the range and average rating', async () => {
    const stats = await getRangeStats(admin, { days: 7 }, now);
    const byName = Object.fromEntries(stats.agents.map((a) => [a.name, a]));
    expect(byName['Alice Agent']).toMatchObject({ openLoad: 1, resolved: 2, ratingAverage: 4.5, ratingCount: 2 });
    expect(byName['Bob Agent']).toMatchObject({ openLoad: 1, resolved: 1, ratingAverage: 3, ratingCount: 1 });
    expect(byName['Ada Admin']).toMatchObject({ role: 'admin', openLoad: 0, resolved: 0, ratingAverage: null, ratingCount: 0 });
    // Applicants have nothing to show and are left out.
    expect(stats.agents).toHaveLength(3);
  });

  it('widens to 30 days, and treats any other range as 30 days', async () => {
    const stats = await getRangeStats(admin, { days: 30 }, now);
    expect(stats.daily).toHaveLength(30);
    expect(stats.opened).toBe(8);
    expect(stats.resolved).toBe(4);
    expect(stats.csat).toMatchObject({ count: 4, average: 3.25 });
    expect((await getRangeStats(admin, { days: '365' }, now)).days).toBe(30);
    expect((await getRangeStats(admin, {}, now)).days).toBe(30);
  });

  it('answers with empty figures, not errors, for a quiet range', async () => {
    const stats = await getRangeStats(admin, { days: 7 }, new Date('2041-01-01T00:00:00Z'));
    expect(stats.opened).toBe(0);
    expect(stats.firstResponse).toEqual({ median: null, p90: null, measured: 0 });
    expect(stats.csat).toEqual({ average: null, count: 0, distribution: { 1: 0, 2: 0, 3: 0, 4: 0, 5: 0 } });
  });
});
