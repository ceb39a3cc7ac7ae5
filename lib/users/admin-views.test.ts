import { eq } from 'drizzle-orm';
import { beforeAll, describe, expect, it } from 'vitest';
import { getDb } from '@/db/client';
import { tickets, users } from '@/db/schema';
import { anonymous, type UserActor } from '@/lib/access/actor';
import { contactInput, makeUser } from '@/lib/testing/fixtures';
import { createTicket } from '@/lib/tickets/create-ticket';
import { countPendingApplications, listModerationQueue } from './list-staff';
import { approveAgent, rejectAgent, suspendAgent } from './moderate-agent';
import { containsPattern, getUserOverview, searchUsers } from './search-users';

let admin: UserActor;

beforeAll(async () => {
  admin = await makeUser('admin', 'approved', { name: 'Grace Hopper', email: 'grace@example.test' });
});

async function appliedAt(user: UserActor, at: string) {
  const db = await getDb();
  await db.update(users).set({ createdAt: new Date(at), phone: '+1 555 0100' }).where(eq(users.id, user.id));
}

describe('listModerationQueue', () => {
  it('lists pending applications oldest first, the team, and rejections, never customers', async () => {
    const later = await makeUser('agent', 'pending', { name: 'Later Applicant' });
    const earlier = await makeUser('agent', 'pending', { name: 'Earlier Applicant' });
    await appliedAt(later, '2030-01-02T10:00:00Z');
    await appliedAt(earlier, '2030-01-01T10:00:00Z');
    const approved = await makeUser('agent', 'approved');
    const suspended = await makeUser('agent', 'approved');
    await suspendAgent(admin, { userId: suspended.id, reason: 'Holiday cover ended.' });
    const rejected = await makeUser('agent', 'pending');
    await rejectAgent(admin, { userId: rejected.id, reason: 'Duplicate account.' });
    const customer = await makeUser('customer');

    const queue = await listModerationQueue(admin);
    const ids = (list: Array<{ id: string }>) => list.map((row) => row.id);
    expect(ids(queue.pending).indexOf(earlier.id)).toBeLessThan(ids(queue.pending).indexOf(later.id));
    expect(queue.pending.find((row) => row.id === earlier.id)).toMatchObject({
      name: 'Earlier Applicant',
      email: earlier.email,
      phone: '+1 555 0100',
      role: 'agent',
      staffStatus: 'pending',
      createdAt: new Date('2030-01-01T10:00:00Z'),
    });
    expect(ids(queue.team)).toEqual(expect.arrayContaining([admin.id, approved.id, suspended.id]));
    expect(queue.team.find((row) => row.id === suspended.id)).toMatchObject({ staffStatus: 'suspended', statusReason: 'Holiday cover ended.' });
    expect(queue.team[0]?.role).toBe('admin');
    expect(queue.rejected.find((row) => row.id === rejected.id)).toMatchObject({ statusReason: 'Duplicate account.' });
    const everyone = [...ids(queue.pending), ...ids(queue.team), ...ids(queue.rejected)];
    expect(everyone).not.toContain(customer.id);
    expect(new Set(everyone).size).toBe(everyone.length);
  });

  it('counts pending applications for the header badge, and the count drops with each decision', async () => {
    const before = await countPendingApplications(admin);
    const applicant = await makeUser('agent', 'pending');
    expect(await countPendingApplications(admin)).toBe(before + 1);
    await approveAgent(admin, { userId: applicant.id });
    expect(await countPendingApplications(admin)).toBe(before);
  });
});

describe('searchUsers', () => {
  beforeAll(async () => {
    await makeUser('customer', null, { name: 'Katherine Johnson', email: 'kj@nasa.example.test' });
    await makeUser('customer', null, { name: 'Dorothy Vaughan', email: 'dorothy.v@example.test' });
    await makeUser('agent', 'approved', { name: 'Mary Jackson', email: 'mary_jackson@example.test' });
    await makeUser('customer', null, { name: 'Johnny 100%', email: 'johnny@example.test' });
  });

  it('finds names and emails containing the text, whatever its case, prefixes first', async () => {
    const byName = await searchUsers(admin, { q: 'JOHN' });
    expect(byName.map((u) => u.name)).toEqual(['Johnny 100%', 'Katherine Johnson']);
    const byEmail = await searchUsers(admin, { q: 'nasa.EXAMPLE' });
    expect(byEmail.map((u) => u.name)).toEqual(['Katherine Johnson']);
    expect(await searchUsers(admin, { q: '  vaughan ' })).toEqual([
      expect.objectContaining({ name: 'Dorothy Vaughan', role: 'customer', staffStatus: null }),
    ]);
  });

  it('treats % and _ as the characters themselves', async () => {
    expect((await searchUsers(admin, { q: '100%' })).map((u) => u.name)).toEqual(['Johnny 100%']);
    expect((await searchUsers(admin, { q: 'y_j' })).map((u) => u.name)).toEqual(['Mary Jackson']);
    // As wildcards these would match "Dorothy Vaughan" and "dorothy.v@…".
    expect(await searchUsers(admin, { q: 'y_v' })).toEqual([]);
    expect(containsPattern('a_b%c\\')).toBe('%a\\_b\\%c\\\\%');
  });

  it('shows the newest accounts without a search and refuses a search over 100 characters', async () => {
    const newest = await makeUser('customer');
    const db = await getDb();
    // Later than the applicants dated 2030 above.
    await db.update(users).set({ createdAt: new Date('2031-01-01T00:00:00Z') }).where(eq(users.id, newest.id));
    expect((await searchUsers(admin, {}))[0]?.id).toBe(newest.id);
    await expect(searchUsers(admin, { q: 'x'.repeat(101) })).rejects.toMatchObject({ code: 'validation' });
  });
});

describe('getUserOverview', () => {
  it('counts a customer’s tickets, by account or by their email, and shows the latest five', async () => {
    const customer = await makeUser('customer');
    const desk = await makeUser('agent', 'approved');
    const db = await getDb();
    const numbers: string[] = [];
    for (let i = 0; i < 6; i += 1) {
      const when = new Date(Date.UTC(2030, 5, 1 + i));
      const ticket = await createTicket(desk, contactInput({ email: customer.email, subject: `Question ${i}` }), { now: when });
      await db.update(tickets).set({ requesterId: customer.id }).where(eq(tickets.id, ticket.id));
      numbers.push(ticket.number);
    }
    // Sent from the contact form while signed out, under the same address in other case.
    const when = new Date(Date.UTC(2030, 5, 20));
    numbers.push((await createTicket(anonymous, contactInput({ email: customer.email.toUpperCase() }), { now: when })).number);
    await createTicket(anonymous, contactInput());

    const overview = await getUserOverview(admin, { userId: customer.id });
    expect(overview).toMatchObject({ id: customer.id, email: customer.email, role: 'customer', assigned: null });
    expect(overview.requested.count).toBe(7);
    expect(overview.requested.latest.map((t) => t.number)).toEqual(numbers.slice(2).reverse());
  });

  it('shows a staff member’s open assigned tickets, leaving out finished ones', async () => {
    const agent = await makeUser('agent', 'approved');
    const db = await getDb();
    for (const status of ['open', 'in_progress', 'resolved'] as const) {
      const { id } = await createTicket(anonymous, contactInput());
      await db.update(tickets).set({ assigneeId: agent.id, status }).where(eq(tickets.id, id));
    }
    const overview = await getUserOverview(admin, { userId: agent.id });
    expect(overview.assigned?.count).toBe(2);
    expect(overview.assigned?.latest.map((t) => t.status).sort()).toEqual(['in_progress', 'open']);
  });

  it('answers not_found for an unknown or malformed id', async () => {
    await expect(getUserOverview(admin, { userId: '00000000-0000-4000-8000-000000000000' })).rejects.toMatchObject({ code: 'not_found' });
    await expect(getUserOverview(admin, { userId: 'nope' })).rejects.toMatchObject({ code: 'not_found' });
  });
});
