import { and, eq, inArray } from 'drizzle-orm';
import { beforeEach, describe, expect, it } from 'vitest';
import { getDb } from '@/db/client';
import { auditEvents, settings, ticketEvents, tickets, users } from '@/db/schema';
import { type Actor, anonymous, type UserActor } from '@/lib/access/actor';
import { AppError } from '@/lib/errors';
import { getAutoAssignSetting, setAutoAssign } from '@/lib/settings/auto-assign';
import { makeTicket } from '@/lib/testing/desk-fixtures';
import { contactInput, makeUser } from '@/lib/testing/fixtures';
import { AUTO_ASSIGN_ACTOR } from './auto-assign';
import { createTicket } from './create-ticket';
import { listQueue } from './queue/list';

let admin: UserActor;

// Agents left over from another test would be candidates too: each test starts with none, and
// with the setting as a new desk has it.
beforeEach(async () => {
  const db = await getDb();
  await db.delete(settings);
  await db.update(users).set({ staffStatus: 'suspended' }).where(and(eq(users.role, 'agent'), eq(users.staffStatus, 'approved')));
  admin = await makeUser('admin');
});

async function newTicket() {
  const created = await createTicket(anonymous, contactInput());
  const db = await getDb();
  const [row] = await db.select({ assigneeId: tickets.assigneeId, status: tickets.status }).from(tickets).where(eq(tickets.id, created.id));
  return { ...created, ...row! };
}

async function setLastAssigned(agent: UserActor, at: Date | null) {
  const db = await getDb();
  await db.update(users).set({ lastAssignedAt: at }).where(eq(users.id, agent.id));
}

async function codeOf(promise: Promise<unknown>): Promise<string> {
  const error = await promise.then(() => null, (e: unknown) => e);
  expect(error).toBeInstanceOf(AppError);
  return (error as AppError).code;
}

describe('auto-assignment', () => {
  it('is off until an admin turns it on: new tickets wait unassigned', async () => {
    await makeUser('agent');
    expect(await getAutoAssignSetting(admin)).toMatchObject({ enabled: false, updatedAt: null });
    expect(await newTicket()).toMatchObject({ assigneeId: null, status: 'open' });
  });

  it('gives a new ticket to the approved agent with the fewest open tickets', async () => {
    const [busy, light] = [await makeUser('agent'), await makeUser('agent')];
    await makeTicket(anonymous, { status: 'in_progress', assignee: busy });
    await makeTicket(anonymous, { status: 'on_hold', assignee: busy });
    await makeTicket(anonymous, { status: 'pending_customer', assignee: light });
    // Finished and archived work is no load.
    for (const status of ['resolved', 'closed'] as const) await makeTicket(anonymous, { status, assignee: light });
    await makeTicket(anonymous, { status: 'in_progress', assignee: light, archived: true });
    await setAutoAssign(admin, { enabled: 'on' });

    const ticket = await newTicket();
    expect(ticket).toMatchObject({ assigneeId: light.id, status: 'open' });
    const db = await getDb();
    const events = await db.select().from(ticketEvents).where(eq(ticketEvents.ticketId, ticket.id));
    expect(events.map((e) => [e.kind, e.actorName, e.toValue])).toContainEqual(['assigned', AUTO_ASSIGN_ACTOR, light.name]);
    const [agentRow] = await db.select({ lastAssignedAt: users.lastAssignedAt }).from(users).where(eq(users.id, light.id));
    expect(agentRow?.lastAssignedAt).toBeInstanceOf(Date);
    expect((await listQueue(light, { view: 'mine' })).rows.map((r) => r.number)).toContain(ticket.number);
  });

  it('breaks a tie by who was assigned a ticket longest ago, never-assigned first, and so takes turns', async () => {
    const [recent, earlier, never] = [await makeUser('agent'), await makeUser('agent'), await makeUser('agent')];
    await setLastAssigned(recent, new Date('2030-01-02T00:00:00Z'));
    await setLastAssigned(earlier, new Date('2030-01-01T00:00:00Z'));
    await setLastAssigned(never, null);
    await setAutoAssign(admin, { enabled: 'on' });
    const first = await newTicket();
    const second = await newTicket();
    const third = await newTicket();
    expect([first.assigneeId, second.assigneeId, third.assigneeId]).toEqual([never.id, earlier.id, recent.id]);
  });

  it('spreads tickets opened at the same moment evenly: each creation counts the ones before it', async () => {
    const agents = await Promise.all(Array.from({ length: 4 }, () => makeUser('agent')));
    await setAutoAssign(admin, { enabled: 'on' });
    const created = await Promise.all(Array.from({ length: 12 }, () => newTicket()));
    const load = agents.map((agent) => created.filter((ticket) => ticket.assigneeId === agent.id).length);
    expect(load).toEqual([3, 3, 3, 3]);
  });

  it('never picks an admin, a pending, rejected or suspended agent, or a customer', async () => {
    await makeUser('admin');
    for (const status of ['pending', 'rejected', 'suspended'] as const) await makeUser('agent', status);
    await makeUser('customer');
    await setAutoAssign(admin, { enabled: 'on' });
    expect((await newTicket()).assigneeId).toBeNull();
    const agent = await makeUser('agent');
    expect((await newTicket()).assigneeId).toBe(agent.id);
  });

  it('stops when turned off again', async () => {
    await makeUser('agent');
    await setAutoAssign(admin, { enabled: 'on' });
    await setAutoAssign(admin, { enabled: undefined });
    expect((await newTicket()).assigneeId).toBeNull();
  });
});

describe('the auto-assignment setting', () => {
  it('records each change in the audit log, and a repeat not at all', async () => {
    await setAutoAssign(admin, { enabled: 'on' });
    await setAutoAssign(admin, { enabled: 'on' });
    await setAutoAssign(admin, { enabled: '' });
    const db = await getDb();
    const audit = await db
      .select()
      .from(auditEvents)
      .where(and(eq(auditEvents.kind, 'setting_changed'), eq(auditEvents.actorId, admin.id)));
    expect(audit.map((a) => [a.subjectLabel, a.fromValue, a.toValue, a.actorName])).toEqual([
      ['auto_assign', 'off', 'on', admin.name],
      ['auto_assign', 'on', 'off', admin.name],
    ]);
    expect(await getAutoAssignSetting(admin)).toMatchObject({ enabled: false, updatedBy: admin.name });
  });

  const refused: Array<[string, () => Promise<Actor>, string]> = [
    ['a visitor', async () => anonymous, 'unauthorized'],
    ['a customer', () => makeUser('customer'), 'forbidden'],
    ['an approved agent', () => makeUser('agent'), 'forbidden'],
    ['a pending agent', () => makeUser('agent', 'pending'), 'forbidden'],
    ['a rejected agent', () => makeUser('agent', 'rejected'), 'forbidden'],
    ['a suspended agent', () => makeUser('agent', 'suspended'), 'forbidden'],
    ['a suspended admin', () => makeUser('admin', 'suspended'), 'forbidden'],
  ];

  it.each(refused)('is neither read nor changed by %s', async (_label, makeActor, code) => {
    const actor = await makeActor();
    expect(await codeOf(getAutoAssignSetting(actor))).toBe(code);
    expect(await codeOf(setAutoAssign(actor, { enabled: 'on' }))).toBe(code);
    expect((await getAutoAssignSetting(admin)).enabled).toBe(false);
    const db = await getDb();
    const audit = await db.select().from(auditEvents).where(inArray(auditEvents.kind, ['setting_changed']));
    expect(audit.filter((a) => a.actorId === (actor.kind === 'user' ? actor.id : null))).toEqual([]);
  });
});
