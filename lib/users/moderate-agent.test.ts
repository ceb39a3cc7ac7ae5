import { randomUUID } from 'node:crypto';
import { and, eq } from 'drizzle-orm';
import { beforeAll, describe, expect, it } from 'vitest';
import { getDb } from '@/db/client';
import { auditEvents, type StaffStatus, users } from '@/db/schema';
import { type Actor, anonymous, type UserActor } from '@/lib/access/actor';
import { AppError } from '@/lib/errors';
import { contactInput, makeUser } from '@/lib/testing/fixtures';
import { createTicket } from '@/lib/tickets/create-ticket';
import { listQueue } from '@/lib/tickets/queue';
import { getTicket } from '@/lib/tickets/read-ticket';
import { loadActor } from './actor';
import { approveAgent, reinstateAgent, rejectAgent, suspendAgent } from './moderate-agent';
import { getOwnStaffStatus } from './profile';

async function errorOf(promise: Promise<unknown>): Promise<AppError> {
  const error = await promise.then(
    () => null,
    (e: unknown) => e,
  );
  expect(error).toBeInstanceOf(AppError);
  return error as AppError;
}

async function statusOf(userId: string): Promise<StaffStatus | null> {
  const db = await getDb();
  const [row] = await db.select({ staffStatus: users.staffStatus }).from(users).where(eq(users.id, userId));
  return row?.staffStatus ?? null;
}

async function auditFor(subjectId: string) {
  const db = await getDb();
  return db.select().from(auditEvents).where(and(eq(auditEvents.subjectId, subjectId), eq(auditEvents.subjectType, 'user')));
}

/** Signs the user in again: what the next request does. */
async function reload(user: UserActor): Promise<Actor> {
  return loadActor(user.id);
}

let admin: UserActor;
let secondAdmin: UserActor;
let ticketNumber: string;

beforeAll(async () => {
  admin = await makeUser('admin', 'approved');
  secondAdmin = await makeUser('admin', 'approved');
  ticketNumber = (await createTicket(anonymous, contactInput())).number;
});

const decisions = [
  ['approveAgent', approveAgent, 'pending'],
  ['rejectAgent', rejectAgent, 'pending'],
  ['suspendAgent', suspendAgent, 'approved'],
  ['reinstateAgent', reinstateAgent, 'suspended'],
] as const;

describe.each(decisions)('%s', (_name, decide, startsAs) => {
  it('asks a visitor to sign in and leaves the account as it was', async () => {
    const target = await makeUser('agent', startsAs);
    const error = await errorOf(decide(anonymous, { userId: target.id }));
    expect(error.code).toBe('unauthorized');
    expect(await statusOf(target.id)).toBe(startsAs);
  });

  it.each([
    ['a customer', 'customer', null],
    ['a pending agent', 'agent', 'pending'],
    ['an approved agent', 'agent', 'approved'],
    ['a suspended admin', 'admin', 'suspended'],
    ['a pending admin', 'admin', 'pending'],
  ] as const)('refuses %s and writes nothing', async (_label, role, status) => {
    const target = await makeUser('agent', startsAs);
    const actor = await makeUser(role, status);
    const error = await errorOf(decide(actor, { userId: target.id, reason: 'because' }));
    expect(error.code).toBe('forbidden');
    expect(error.status).toBe(403);
    expect(await statusOf(target.id)).toBe(startsAs);
    expect(await auditFor(target.id)).toHaveLength(0);
  });

  it('refuses an admin acting on their own account', async () => {
    const error = await errorOf(decide(admin, { userId: admin.id }));
    expect(error.code).toBe('forbidden');
    expect(await statusOf(admin.id)).toBe('approved');
  });

  it('answers not_found for a customer and for an account that does not exist', async () => {
    const customer = await makeUser('customer');
    expect((await errorOf(decide(admin, { userId: customer.id }))).code).toBe('not_found');
    expect(await statusOf(customer.id)).toBeNull();
    expect((await errorOf(decide(admin, { userId: randomUUID() }))).code).toBe('not_found');
  });

  it('refuses a user id that is not a uuid and a reason over 500 characters as validation errors', async () => {
    const target = await makeUser('agent', startsAs);
    const badId = await errorOf(decide(admin, { userId: 'not-a-uuid' }));
    expect(badId.code).toBe('validation');
    expect(Object.keys(badId.fields ?? {})).toEqual(['userId']);
    const longReason = await errorOf(decide(admin, { userId: target.id, reason: 'r'.repeat(501) }));
    expect(Object.keys(longReason.fields ?? {})).toEqual(['reason']);
    expect(await statusOf(target.id)).toBe(startsAs);
  });
});

describe('moderating agents', () => {
  it('lets a newly approved agent into the queue on their very next request', async () => {
    const applicant = await makeUser('agent', 'pending');
    expect((await errorOf(listQueue(await reload(applicant)))).code).toBe('forbidden');

    const result = await approveAgent(admin, { userId: applicant.id });
    expect(result).toEqual({ id: applicant.id, email: applicant.email, name: applicant.name, staffStatus: 'approved', unassigned: 0 });

    const actor = await reload(applicant);
    expect(actor).toMatchObject({ kind: 'user', role: 'agent', staffStatus: 'approved' });
    const page = await listQueue(actor);
    expect(page.rows.map((r) => r.number)).toContain(ticketNumber);
    expect((await getTicket(actor, { number: ticketNumber })).number).toBe(ticketNumber);
  });

  it('shuts a suspended agent out of the queue and tickets on their very next request', async () => {
    const agent = await makeUser('agent', 'approved');
    await listQueue(await reload(agent));
    await getTicket(await reload(agent), { number: ticketNumber });

    await suspendAgent(admin, { userId: agent.id, reason: 'Shared their password.' });

    const actor = await reload(agent);
    expect(actor).toMatchObject({ staffStatus: 'suspended' });
    expect((await errorOf(listQueue(actor))).code).toBe('forbidden');
    expect((await errorOf(getTicket(actor, { number: ticketNumber }))).code).toBe('not_found');
  });

  it('tells a rejected applicant the decision and the reason', async () => {
    const applicant = await makeUser('agent', 'pending');
    expect(await getOwnStaffStatus(await reload(applicant))).toMatchObject({ status: 'pending', reason: null });

    await rejectAgent(admin, { userId: applicant.id, reason: '  We are not hiring in your region.  ' });

    const own = await getOwnStaffStatus(await reload(applicant));
    expect(own).toMatchObject({ status: 'rejected', reason: 'We are not hiring in your region.' });
    expect(own?.since).toBeInstanceOf(Date);
  });

  it('tells a customer nothing about staff status', async () => {
    expect(await getOwnStaffStatus(await makeUser('customer'))).toBeNull();
    expect(await getOwnStaffStatus(anonymous)).toBeNull();
  });

  it('records each decision with the admin, the move from and to, and the reason', async () => {
    const applicant = await makeUser('agent', 'pending');
    await rejectAgent(admin, { userId: applicant.id, reason: 'Incomplete application.' });
    await approveAgent(secondAdmin, { userId: applicant.id });
    await suspendAgent(admin, { userId: applicant.id, reason: 'Rude to a customer.' });
    await reinstateAgent(secondAdmin, { userId: applicant.id, reason: 'Apologised.' });

    const events = await auditFor(applicant.id);
    const byKind = (kind: string) => events.filter((e) => e.kind === kind);
    const summary = (kind: string) =>
      byKind(kind).map((e) => ({
        actorId: e.actorId,
        actorName: e.actorName,
        subjectLabel: e.subjectLabel,
        from: e.fromValue,
        to: e.toValue,
        detail: e.detail,
      }));
    expect(events).toHaveLength(4);
    expect(summary('agent_rejected')).toEqual([
      {
        actorId: admin.id,
        actorName: admin.name,
        subjectLabel: applicant.email,
        from: 'pending',
        to: 'rejected',
        detail: { reason: 'Incomplete application.' },
      },
    ]);
    expect(summary('agent_approved')).toEqual([
      {
        actorId: secondAdmin.id,
        actorName: secondAdmin.name,
        subjectLabel: applicant.email,
        from: 'rejected',
        to: 'approved',
        detail: null,
      },
    ]);
    expect(summary('agent_suspended')).toEqual([
      {
        actorId: admin.id,
        actorName: admin.name,
        subjectLabel: applicant.email,
        from: 'approved',
        to: 'suspended',
        detail: { reason: 'Rude to a customer.' },
      },
    ]);
    expect(summary('agent_reinstated')).toEqual([
      {
        actorId: secondAdmin.id,
        actorName: secondAdmin.name,
        subjectLabel: applicant.email,
        from: 'suspended',
        to: 'approved',
        detail: { reason: 'Apologised.' },
      },
    ]);
    // A reinstated agent no longer carries the suspension's reason.
    expect(await getOwnStaffStatus(await reload(applicant))).toMatchObject({ status: 'approved', reason: null });
  });

  it.each([
    ['reinstate a pending agent', reinstateAgent, 'pending'],
    ['suspend a pending agent', suspendAgent, 'pending'],
    ['reject an approved agent', rejectAgent, 'approved'],
    ['approve an approved agent', approveAgent, 'approved'],
    ['reject a suspended agent', rejectAgent, 'suspended'],
    ['approve a suspended agent', approveAgent, 'suspended'],
    ['reinstate a rejected agent', reinstateAgent, 'rejected'],
    ['suspend a rejected agent', suspendAgent, 'rejected'],
  ] as const)('refuses to %s as a conflict and writes nothing', async (_label, decide, startsAs) => {
    const target = await makeUser('agent', startsAs);
    const error = await errorOf(decide(admin, { userId: target.id, reason: 'why not' }));
    expect(error.code).toBe('conflict');
    expect(error.status).toBe(409);
    expect(await statusOf(target.id)).toBe(startsAs);
    expect(await auditFor(target.id)).toHaveLength(0);
  });

  it('lets one of two admins approving the same applicant at once win and tells the other', async () => {
    const applicant = await makeUser('agent', 'pending');
    const results = await Promise.allSettled([
      approveAgent(admin, { userId: applicant.id }),
      approveAgent(secondAdmin, { userId: applicant.id }),
    ]);
    expect(results.filter((r) => r.status === 'fulfilled')).toHaveLength(1);
    const refused = results.filter((r) => r.status === 'rejected');
    expect(refused).toHaveLength(1);
    expect(refused[0]?.reason).toBeInstanceOf(AppError);
    expect((refused[0]?.reason as AppError).code).toBe('conflict');
    expect(await statusOf(applicant.id)).toBe('approved');
    expect((await auditFor(applicant.id)).filter((e) => e.kind === 'agent_approved')).toHaveLength(1);
  });

  it('keeps the audit trail a single chain when an approval and a rejection race', async () => {
    const applicant = await makeUser('agent', 'pending');
    const results = await Promise.allSettled([
      approveAgent(admin, { userId: applicant.id }),
      rejectAgent(secondAdmin, { userId: applicant.id, reason: 'No.' }),
    ]);
    // Either order is a legitimate outcome (rejected, then approved again; or approved, then too
    // late to reject), but each recorded move must start where the previous one ended.
    for (const result of results) {
      if (result.status === 'rejected') expect((result.reason as AppError).code).toBe('conflict');
    }
    const events = await auditFor(applicant.id);
    expect(events).toHaveLength(results.filter((r) => r.status === 'fulfilled').length);
    let status: string | null = 'pending';
    const remaining = [...events];
    while (remaining.length) {
      const next = remaining.findIndex((e) => e.fromValue === status);
      expect(next, `no recorded move starts from ${status}`).toBeGreaterThanOrEqual(0);
      status = remaining.splice(next, 1)[0]!.toValue;
    }
    expect(await statusOf(applicant.id)).toBe(status);
  });
});

// These tests make two fresh admins the only active ones, so they run last in this file.
describe('the last active admin', () => {
  async function onlyTwoActiveAdmins(): Promise<[UserActor, UserActor]> {
    const db = await getDb();
    await db
      .update(users)
      .set({ staffStatus: 'suspended' })
      .where(and(eq(users.role, 'admin'), eq(users.staffStatus, 'approved')));
    return [await makeUser('admin', 'approved'), await makeUser('admin', 'approved')];
  }

  it('can be suspended while another active admin remains, and a suspended admin decides nothing more', async () => {
    const [first, second] = await onlyTwoActiveAdmins();
    await suspendAgent(second, { userId: first.id });
    expect(await statusOf(first.id)).toBe('suspended');

    // `first` acting on a request that began before the suspension landed.
    const error = await errorOf(suspendAgent(first, { userId: second.id }));
    expect(error.code).toBe('forbidden');
    expect(await statusOf(second.id)).toBe('approved');
  });

  it('is never suspended by two admins suspending each other at once', async () => {
    const [first, second] = await onlyTwoActiveAdmins();
    const results = await Promise.allSettled([
      suspendAgent(first, { userId: second.id }),
      suspendAgent(second, { userId: first.id }),
    ]);
    expect(results.filter((r) => r.status === 'fulfilled')).toHaveLength(1);
    const refused = results.filter((r) => r.status === 'rejected');
    // Decisions run one at a time, so the loser finds itself suspended.
    expect(refused.map((r) => (r.reason as AppError).code)).toEqual(['forbidden']);
    const statuses = [await statusOf(first.id), await statusOf(second.id)].sort();
    expect(statuses).toEqual(['approved', 'suspended']);
  });
});
