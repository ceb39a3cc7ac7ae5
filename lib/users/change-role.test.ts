import { randomUUID } from 'node:crypto';
import { and, eq } from 'drizzle-orm';
import { describe, expect, it } from 'vitest';
import { getDb } from '@/db/client';
import { auditEvents, users } from '@/db/schema';
import { anonymous, type UserActor } from '@/lib/access/actor';
import { AppError } from '@/lib/errors';
import { makeUser } from '@/lib/testing/fixtures';
import { listQueue } from '@/lib/tickets/queue';
import { loadActor } from './actor';
import { changeRole } from './change-role';
import { listModerationQueue } from './list-staff';
import { approveAgent, rejectAgent, suspendAgent } from './moderate-agent';

async function errorOf(promise: Promise<unknown>): Promise<AppError> {
  const error = await promise.then(
    () => null,
    (e: unknown) => e,
  );
  expect(error).toBeInstanceOf(AppError);
  return error as AppError;
}

async function roleOf(userId: string) {
  const db = await getDb();
  const [row] = await db.select({ role: users.role, staffStatus: users.staffStatus }).from(users).where(eq(users.id, userId));
  return row;
}

async function roleEvents(userId: string) {
  const db = await getDb();
  return db
    .select({ actorId: auditEvents.actorId, from: auditEvents.fromValue, to: auditEvents.toValue, label: auditEvents.subjectLabel })
    .from(auditEvents)
    .where(and(eq(auditEvents.subjectId, userId), eq(auditEvents.kind, 'role_changed')));
}

describe('changeRole', () => {
  it('makes an approved agent an admin who may moderate on their very next request, and records it', async () => {
    const admin = await makeUser('admin', 'approved');
    const agent = await makeUser('agent', 'approved');
    expect((await errorOf(listModerationQueue(await loadActor(agent.id)))).code).toBe('forbidden');

    const result = await changeRole(admin, { userId: agent.id, role: 'admin' });
    expect(result).toEqual({ id: agent.id, email: agent.email, name: agent.name, role: 'admin', staffStatus: 'approved' });
    await expect(listModerationQueue(await loadActor(agent.id))).resolves.toHaveProperty('pending');
    expect(await roleEvents(agent.id)).toEqual([{ actorId: admin.id, from: 'agent', to: 'admin', label: agent.email }]);
  });

  it('takes the admin area away from a demoted admin at once but leaves them the desk', async () => {
    const admin = await makeUser('admin', 'approved');
    const other = await makeUser('admin', 'approved');
    await changeRole(admin, { userId: other.id, role: 'agent' });
    const demoted = await loadActor(other.id);
    expect(demoted).toMatchObject({ role: 'agent', staffStatus: 'approved' });
    expect((await errorOf(listModerationQueue(demoted))).code).toBe('forbidden');
    await expect(listQueue(demoted)).resolves.toHaveProperty('rows');
    // A decision from a request that began before the demotion landed is refused too.
    const stale: UserActor = { ...other, role: 'admin' };
    const target = await makeUser('agent', 'pending');
    expect((await errorOf(approveAgent(stale, { userId: target.id }))).code).toBe('forbidden');
    expect((await errorOf(changeRole(stale, { userId: admin.id, role: 'agent' }))).code).toBe('forbidden');
    expect((await roleOf(admin.id))?.role).toBe('admin');
  });

  it.each(['pending', 'rejected', 'suspended'] as const)('will not promote a %s agent: approval comes first', async (status) => {
    const admin = await makeUser('admin', 'approved');
    const agent = await makeUser('agent', status);
    const error = await errorOf(changeRole(admin, { userId: agent.id, role: 'admin' }));
    expect(error.code).toBe('conflict');
    expect(error.message).toMatch(/only an approved agent can become an admin/);
    expect(await roleOf(agent.id)).toEqual({ role: 'agent', staffStatus: status });
    expect(await roleEvents(agent.id)).toEqual([]);
  });

  it('answers not_found for a customer and an unknown account, conflict for no change, validation for a bad role', async () => {
    const admin = await makeUser('admin', 'approved');
    const customer = await makeUser('customer');
    expect((await errorOf(changeRole(admin, { userId: customer.id, role: 'admin' }))).code).toBe('not_found');
    expect((await roleOf(customer.id))?.role).toBe('customer');
    expect((await errorOf(changeRole(admin, { userId: randomUUID(), role: 'admin' }))).code).toBe('not_found');
    const agent = await makeUser('agent', 'approved');
    expect((await errorOf(changeRole(admin, { userId: agent.id, role: 'agent' }))).code).toBe('conflict');
    const bad = await errorOf(changeRole(admin, { userId: agent.id, role: 'customer' }));
    expect(bad.code).toBe('validation');
    expect(Object.keys(bad.fields ?? {})).toEqual(['role']);
    expect((await errorOf(changeRole(anonymous, { userId: agent.id, role: 'admin' }))).code).toBe('unauthorized');
  });

  it('demotes a suspended admin, who then comes back as an agent if reinstated', async () => {
    const admin = await makeUser('admin', 'approved');
    const suspended = await makeUser('admin', 'suspended');
    await changeRole(admin, { userId: suspended.id, role: 'agent' });
    expect(await roleOf(suspended.id)).toEqual({ role: 'agent', staffStatus: 'suspended' });
  });
});

describe('moderation decisions take effect at once', () => {
  it('keeps a rejected applicant out of the desk on their next request, with the reason kept for them', async () => {
    const admin = await makeUser('admin', 'approved');
    const applicant = await makeUser('agent', 'pending');
    await rejectAgent(admin, { userId: applicant.id, reason: 'Not hiring.' });
    const actor = await loadActor(applicant.id);
    expect(actor).toMatchObject({ staffStatus: 'rejected' });
    expect((await errorOf(listQueue(actor))).code).toBe('forbidden');
    expect((await errorOf(listModerationQueue(actor))).code).toBe('forbidden');
  });

  it('takes the admin area from a suspended admin on their next request', async () => {
    const admin = await makeUser('admin', 'approved');
    const other = await makeUser('admin', 'approved');
    await suspendAgent(admin, { userId: other.id });
    expect((await errorOf(listModerationQueue(await loadActor(other.id)))).code).toBe('forbidden');
  });
});

// These make one or two fresh admins the only active ones, so they run last in this file.
describe('the last active admin', () => {
  async function onlyActiveAdmins(count: number): Promise<UserActor[]> {
    const db = await getDb();
    await db.update(users).set({ staffStatus: 'suspended' }).where(and(eq(users.role, 'admin'), eq(users.staffStatus, 'approved')));
    return Promise.all(Array.from({ length: count }, () => makeUser('admin', 'approved')));
  }

  it('may step down while another admin remains, but the one left may neither step down nor be suspended', async () => {
    const [first, second] = (await onlyActiveAdmins(2)) as [UserActor, UserActor];
    await changeRole(first, { userId: first.id, role: 'agent' });
    expect((await roleOf(first.id))?.role).toBe('agent');

    const demote = await errorOf(changeRole(second, { userId: second.id, role: 'agent' }));
    expect(demote.code).toBe('conflict');
    expect(demote.message).toBe('The last active admin cannot be demoted. Promote another admin first.');
    expect(await roleOf(second.id)).toEqual({ role: 'admin', staffStatus: 'approved' });
    expect((await errorOf(suspendAgent(second, { userId: second.id }))).code).toBe('forbidden');
    expect(await roleEvents(second.id)).toEqual([]);
  });

  it('is never demoted by two admins demoting each other at once', async () => {
    const [first, second] = (await onlyActiveAdmins(2)) as [UserActor, UserActor];
    const results = await Promise.allSettled([
      changeRole(first, { userId: second.id, role: 'agent' }),
      changeRole(second, { userId: first.id, role: 'agent' }),
    ]);
    expect(results.filter((r) => r.status === 'fulfilled')).toHaveLength(1);
    // Decisions run one at a time, so the loser finds it is no longer an admin.
    expect(results.flatMap((r) => (r.status === 'rejected' ? [(r.reason as AppError).code] : []))).toEqual(['forbidden']);
    const roles = [(await roleOf(first.id))?.role, (await roleOf(second.id))?.role].sort();
    expect(roles).toEqual(['admin', 'agent']);
  });

  it('is never left without an admin when one demotion and one suspension race', async () => {
    const [first, second] = (await onlyActiveAdmins(2)) as [UserActor, UserActor];
    await Promise.allSettled([
      changeRole(first, { userId: first.id, role: 'agent' }),
      suspendAgent(second, { userId: first.id }),
      changeRole(second, { userId: second.id, role: 'agent' }),
    ]);
    const db = await getDb();
    const active = await db
      .select({ id: users.id })
      .from(users)
      .where(and(eq(users.role, 'admin'), eq(users.staffStatus, 'approved')));
    expect(active.length).toBeGreaterThanOrEqual(1);
    expect(active.map((a) => a.id).every((id) => id === first.id || id === second.id)).toBe(true);
  });
});
