import 'server-only';
import { and, eq, isNull } from 'drizzle-orm';
import { type Executor, getDb, type Transaction } from '@/db/client';
import { tickets, users } from '@/db/schema';
import type { Actor } from '@/lib/access/actor';
import { assertCan } from '@/lib/access/permissions';
import { AppError, parseInput } from '@/lib/errors';
import { notifyTicketAssigned } from '@/lib/notify';
import { recordTicketEvent } from '../events';
import { assertNotArchived, type LockedTicket, lockTicketByNumber } from '../locked-ticket';
import { applyStatusChange } from '../status-change';
import { ticketNumberSchema } from '../schemas';
import { z } from 'zod';

export type Assignment = { number: string; assignee: { id: string; name: string } | null; status: string };

export async function nameOf(db: Executor, userId: string | null): Promise<string> {
  if (!userId) return 'nobody';
  const [row] = await db.select({ name: users.name }).from(users).where(eq(users.id, userId)).limit(1);
  return row?.name ?? 'another agent';
}

/**
 * "Assign to me". The update only matches while the ticket has no assignee, so when two agents
 * claim at once the database lets exactly one through; the other is told who has it.
 */
export async function claimTicket(actor: Actor, input: { number: string }): Promise<Assignment> {
  assertCan(actor, 'ticket:work');
  if (actor.kind !== 'user') throw new AppError('unauthorized', 'Please sign in to continue.');
  const number = ticketNumberSchema.safeParse(input.number);
  if (!number.success) throw new AppError('not_found', 'No such ticket.');
  const db = await getDb();
  const now = new Date();
  const result = await db.transaction(async (tx) => {
    const [claimed] = await tx
      .update(tickets)
      .set({ assigneeId: actor.id, assignedAt: now, updatedAt: now })
      .where(and(eq(tickets.number, number.data), isNull(tickets.assigneeId), isNull(tickets.archivedAt)))
      .returning({ id: tickets.id });
    if (!claimed) return null;
    const ticket = await lockTicketByNumber(tx, number.data);
    await tx.update(users).set({ lastAssignedAt: now }).where(eq(users.id, actor.id));
    await recordTicketEvent(tx, actor, ticket, { kind: 'assigned', to: actor.name });
    if (ticket.status === 'open') await applyStatusChange(tx, actor, ticket, 'in_progress', { now });
    return { number: ticket.number, assignee: { id: actor.id, name: actor.name }, status: ticket.status };
  });
  if (result) return result;

  const [current] = await db
    .select({ number: tickets.number, assigneeId: tickets.assigneeId, status: tickets.status, archivedAt: tickets.archivedAt })
    .from(tickets)
    .where(eq(tickets.number, number.data))
    .limit(1);
  if (!current) throw new AppError('not_found', 'No such ticket.');
  if (current.archivedAt) throw new AppError('conflict', 'This ticket is archived. Restore it before changing it.');
  if (current.assigneeId === actor.id) return { number: current.number, assignee: { id: actor.id, name: actor.name }, status: current.status };
  throw new AppError('conflict', `${await nameOf(db, current.assigneeId)} already has this ticket.`);
}

/** Gives a ticket back to the queue: its assignee may, and so may an admin. */
export async function unassignTicket(actor: Actor, input: { number: string }): Promise<Assignment> {
  assertCan(actor, 'ticket:work');
  if (actor.kind !== 'user') throw new AppError('unauthorized', 'Please sign in to continue.');
  const db = await getDb();
  return db.transaction(async (tx) => {
    const ticket = await lockTicketByNumber(tx, input.number);
    assertNotArchived(ticket);
    if (!ticket.assigneeId) return { number: ticket.number, assignee: null, status: ticket.status };
    if (ticket.assigneeId !== actor.id && actor.role !== 'admin') {
      throw new AppError('forbidden', `Only ${await nameOf(tx, ticket.assigneeId)} or an admin can unassign this ticket.`);
    }
    await releaseTicket(tx, actor, ticket);
    return { number: ticket.number, assignee: null, status: ticket.status };
  });
}

const reassignSchema = z.object({ assigneeId: z.uuid({ error: 'Choose an agent.' }) });

/** An admin hands a ticket to any approved agent or admin; both names go in the audit trail. */
export async function reassignTicket(actor: Actor, input: { number: string; assigneeId: unknown }): Promise<Assignment> {
  assertCan(actor, 'ticket:reassign');
  const { assigneeId } = parseInput(reassignSchema, { assigneeId: input.assigneeId });
  const db = await getDb();
  return db.transaction(async (tx) => {
    const ticket = await lockTicketByNumber(tx, input.number);
    assertNotArchived(ticket);
    const agent = await assignableStaff(tx, assigneeId, 'assigneeId');
    if (ticket.assigneeId !== agent.id) await giveTicket(tx, actor, ticket, agent);
    return { number: ticket.number, assignee: { id: agent.id, name: agent.name }, status: ticket.status };
  });
}

/** An approved agent or admin, or a field error on `field` naming what to choose. */
export async function assignableStaff(tx: Executor, userId: string, field: string): Promise<{ id: string; name: string }> {
  const [agent] = await tx
    .select({ id: users.id, name: users.name, role: users.role, staffStatus: users.staffStatus })
    .from(users)
    .where(eq(users.id, userId))
    .limit(1);
  if (!agent || agent.role === 'customer' || agent.staffStatus !== 'approved') {
    throw new AppError('validation', 'Choose an approved agent.', { fields: { [field]: ['Choose an approved agent.'] } });
  }
  return { id: agent.id, name: agent.name };
}

/**
 * Gives a ticket locked in `tx` to `agent`, with the reassignment's trail event, the assignee's
 * notification (none when they took it themselves) and the start of work on an open ticket.
 */
export async function giveTicket(tx: Transaction, actor: Actor, ticket: LockedTicket, agent: { id: string; name: string }): Promise<void> {
  const previous = ticket.assigneeId ? await nameOf(tx, ticket.assigneeId) : null;
  const now = new Date();
  await tx.update(tickets).set({ assigneeId: agent.id, assignedAt: now, updatedAt: now }).where(eq(tickets.id, ticket.id));
  await tx.update(users).set({ lastAssignedAt: now }).where(eq(users.id, agent.id));
  await recordTicketEvent(tx, actor, ticket, { kind: 'assigned', from: previous, to: agent.name });
  await notifyTicketAssigned(tx, actor, ticket.id, agent.id, { now });
  ticket.assigneeId = agent.id;
  if (ticket.status === 'open') await applyStatusChange(tx, actor, ticket, 'in_progress', { now });
}

/** Takes a ticket locked in `tx` away from its assignee, with the trail event. */
export async function releaseTicket(tx: Executor, actor: Actor, ticket: LockedTicket): Promise<void> {
  const previous = await nameOf(tx, ticket.assigneeId);
  await tx.update(tickets).set({ assigneeId: null, assignedAt: null, updatedAt: new Date() }).where(eq(tickets.id, ticket.id));
  await recordTicketEvent(tx, actor, ticket, { kind: 'unassigned', from: previous });
  ticket.assigneeId = null;
}
