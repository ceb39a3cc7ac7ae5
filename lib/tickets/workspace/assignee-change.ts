import 'server-only';
import type { Transaction } from '@/db/client';
import { isAdmin, type UserActor } from '@/lib/access/actor';
import { AppError } from '@/lib/errors';
import { assertNotArchived, type LockedTicket } from '../locked-ticket';
import { assignableStaff, giveTicket, nameOf, releaseTicket } from './assignment';

/**
 * Sets who holds a ticket locked in `tx` by the desk's rules: staff take a ticket nobody holds
 * (the claim) and give back one they hold (the release); only an admin takes it from someone
 * else, hands it to another agent or unassigns anyone. The row lock settles two claims at once:
 * the second sees the first's assignee and is told who has it.
 */
export async function applyAssignee(tx: Transaction, actor: UserActor, ticket: LockedTicket, assigneeId: string | null): Promise<void> {
  assertNotArchived(ticket);
  if (ticket.assigneeId === assigneeId) return;
  const admin = isAdmin(actor);
  if (assigneeId === null) {
    if (ticket.assigneeId !== actor.id && !admin) {
      throw new AppError('forbidden', `Only ${await nameOf(tx, ticket.assigneeId)} or an admin can unassign this ticket.`);
    }
    await releaseTicket(tx, actor, ticket);
    return;
  }
  if (assigneeId !== actor.id && !admin) throw new AppError('forbidden', 'Only an admin can assign a ticket to someone else.');
  if (ticket.assigneeId && !admin) throw new AppError('conflict', `${await nameOf(tx, ticket.assigneeId)} already has this ticket.`);
  const agent = assigneeId === actor.id ? { id: actor.id, name: actor.name } : await assignableStaff(tx, assigneeId, 'assignee');
  await giveTicket(tx, actor, ticket, agent);
}
