import 'server-only';
import { and, eq, inArray, ne, sql } from 'drizzle-orm';
import { lockForTransaction } from '@/db/advisory-locks';
import { getDb, type Transaction } from '@/db/client';
import { type StaffStatus, tickets, users } from '@/db/schema';
import { openTicketStatuses } from '@/db/schema/values';
import { recordAudit } from '@/lib/audit/record';
import type { Actor } from '@/lib/access/actor';
import { assertCan } from '@/lib/access/permissions';
import { AppError, parseInput } from '@/lib/errors';
import { notifyApplicationDecided } from '@/lib/notify';
import { publishUserChange } from '@/lib/live/publish';
import { revokeUserSessions } from '@/lib/sessions/sessions';
import { recordTicketEvent } from '@/lib/tickets/events';
import { decisionSchema } from './decide';
import { moderationSchema } from './schemas';

type AuditKind = 'agent_approved' | 'agent_rejected' | 'agent_suspended' | 'agent_reinstated';

type Move = { from: StaffStatus[]; to: StaffStatus; kind: AuditKind; verb: string };

const moves = {
  approve: { from: ['pending', 'rejected'], to: 'approved', kind: 'agent_approved', verb: 'approved' },
  reject: { from: ['pending'], to: 'rejected', kind: 'agent_rejected', verb: 'rejected' },
  suspend: { from: ['approved'], to: 'suspended', kind: 'agent_suspended', verb: 'suspended' },
  reinstate: { from: ['suspended'], to: 'approved', kind: 'agent_reinstated', verb: 'reinstated' },
} satisfies Record<string, Move>;

/**
 * Takes the moderation lock and re-checks that the acting admin still is one. One decision at a
 * time: row locks alone deadlock when two admins suspend each other (each holds the other's row,
 * which the audit insert's foreign key then waits for).
 */
export async function lockAsAdmin(tx: Transaction, adminId: string): Promise<void> {
  await lockForTransaction(tx, 'moderation');
  // Re-checked under the lock: an admin suspended or demoted a moment ago decides nothing more.
  const [self] = await tx
    .select({ role: users.role, staffStatus: users.staffStatus })
    .from(users)
    .where(eq(users.id, adminId))
    .limit(1);
  if (self?.role !== 'admin' || self.staffStatus !== 'approved') throw new AppError('forbidden', 'You are not allowed to do that.');
}

/** Approved admins other than `userId`: the last-admin rule needs at least one. */
export async function countOtherActiveAdmins(tx: Transaction, userId: string): Promise<number> {
  const [others] = await tx
    .select({ count: sql<number>`count(*)::int` })
    .from(users)
    .where(and(eq(users.role, 'admin'), eq(users.staffStatus, 'approved'), ne(users.id, userId)));
  return others?.count ?? 0;
}

export type StaffSummary = {
  id: string;
  email: string;
  name: string;
  staffStatus: StaffStatus;
  /** Open tickets handed back to the unassigned queue by a suspension or rejection. */
  unassigned: number;
};

/** Someone who may no longer work tickets must not keep holding them: they go back to the queue. */
async function releaseOpenTickets(tx: Transaction, actor: Actor, agent: { id: string; name: string }): Promise<number> {
  const released = await tx
    .update(tickets)
    .set({ assigneeId: null, assignedAt: null, updatedAt: new Date() })
    .where(and(eq(tickets.assigneeId, agent.id), inArray(tickets.status, [...openTicketStatuses])))
    .returning({ id: tickets.id, number: tickets.number });
  for (const ticket of released) await recordTicketEvent(tx, actor, ticket, { kind: 'unassigned', from: agent.name });
  return released.length;
}

async function moveStaff(actor: Actor, input: unknown, move: Move): Promise<StaffSummary> {
  assertCan(actor, 'agent:moderate');
  if (actor.kind !== 'user') throw new AppError('unauthorized', 'Please sign in to continue.');
  const adminId = actor.id;
  const { userId, reason } = parseInput(moderationSchema, input);
  if (adminId === userId) {
    throw new AppError('forbidden', 'You cannot change your own account’s status.');
  }
  const db = await getDb();
  return db.transaction(async (tx) => {
    await lockAsAdmin(tx, adminId);
    const [target] = await tx
      .select({ id: users.id, role: users.role, staffStatus: users.staffStatus })
      .from(users)
      .where(eq(users.id, userId))
      .for('update');
    if (!target || target.role === 'customer') throw new AppError('not_found', 'No such agent.');

    if (move.to === 'suspended' && target.role === 'admin' && !(await countOtherActiveAdmins(tx, userId))) {
      throw new AppError('conflict', 'The last active admin cannot be suspended.');
    }

    // Conditional on the current status: of two admins deciding at once, one wins, one is told.
    const [updated] = await tx
      .update(users)
      .set({
        staffStatus: move.to,
        statusReason: move.to === 'rejected' || move.to === 'suspended' ? (reason ?? null) : null,
        statusChangedAt: new Date(),
        updatedAt: new Date(),
      })
      .where(and(eq(users.id, userId), inArray(users.staffStatus, move.from)))
      .returning({ id: users.id, email: users.email, name: users.name, staffStatus: users.staffStatus });
    if (!updated?.staffStatus) {
      throw new AppError('conflict', `This account is ${target.staffStatus ?? 'not staff'}; it cannot be ${move.verb}.`);
    }
    const unassigned = move.to === 'suspended' || move.to === 'rejected' ? await releaseOpenTickets(tx, actor, updated) : 0;
    await recordAudit(tx, actor, {
      kind: move.kind,
      subjectType: 'user',
      subjectId: updated.id,
      subjectLabel: updated.email,
      from: target.staffStatus,
      to: move.to,
      detail: reason || unassigned ? { ...(reason ? { reason } : {}), ...(unassigned ? { unassigned } : {}) } : undefined,
    });
    // A suspended person's open sessions end now, not when their cookies expire.
    if (move.to === 'suspended') await revokeUserSessions(tx, updated.id);
    await publishUserChange(tx, updated.id);
    if (move.kind === 'agent_approved' || move.kind === 'agent_rejected') {
      await notifyApplicationDecided(tx, { applicant: updated, approved: move.kind === 'agent_approved', reason, adminName: actor.name });
    }
    return { ...updated, staffStatus: updated.staffStatus, unassigned };
  });
}

export const approveAgent = (actor: Actor, input: unknown) => moveStaff(actor, input, moves.approve);
export const rejectAgent = (actor: Actor, input: unknown) => moveStaff(actor, input, moves.reject);
export const suspendAgent = (actor: Actor, input: unknown) => moveStaff(actor, input, moves.suspend);
export const reinstateAgent = (actor: Actor, input: unknown) => moveStaff(actor, input, moves.reinstate);

const decisions = { approve: approveAgent, reject: rejectAgent, suspend: suspendAgent, reinstate: reinstateAgent };

/**
 * One decision named in the body, as the API takes it. The right to moderate is checked before
 * the body is read: a customer's malformed body is refused like any other, not answered 422.
 */
export async function decideOnStaff(actor: Actor, { userId, body }: { userId: string; body: unknown }): Promise<StaffSummary> {
  assertCan(actor, 'agent:moderate');
  const { decision, reason } = parseInput(decisionSchema, body);
  return decisions[decision](actor, { userId, reason });
}
