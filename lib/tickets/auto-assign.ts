import { and, asc, eq, inArray, isNull, sql } from 'drizzle-orm';
import type { Executor } from '@/db/client';
import { tickets, users } from '@/db/schema';
import { anonymous } from '@/lib/access/actor';
import { isAutoAssignOn } from '@/lib/settings/auto-assign-flag';
import { openTicketStatuses } from '@/lib/vocabulary';
import { recordTicketEvent } from './events';

export const AUTO_ASSIGN_ACTOR = 'Auto-assignment';

/**
 * When an admin has turned it on, gives a new ticket to the approved agent with the fewest open
 * tickets; among equals, to the one who has waited longest for a ticket. Called by insertTicket
 * inside its transaction, after the day's number counter was taken: that row lock queues
 * concurrent creations, so each one counts the assignments of those before it. The ticket stays
 * open (nobody has started on it) and shows in the agent's "Mine" view.
 */
export async function autoAssign(
  tx: Executor,
  ticket: { id: string; number: string },
  now = new Date(),
): Promise<{ id: string; name: string } | null> {
  if (!(await isAutoAssignOn(tx))) return null;
  const openCount = tx
    .select({ n: sql<number>`count(*)`.mapWith(Number) })
    .from(tickets)
    .where(and(eq(tickets.assigneeId, users.id), inArray(tickets.status, [...openTicketStatuses]), isNull(tickets.archivedAt)));
  const [agent] = await tx
    .select({ id: users.id, name: users.name })
    .from(users)
    .where(and(eq(users.role, 'agent'), eq(users.staffStatus, 'approved')))
    .orderBy(asc(sql`(${openCount})`), sql`${users.lastAssignedAt} asc nulls first`, asc(users.createdAt), asc(users.id))
    .limit(1);
  if (!agent) return null;
  await tx.update(tickets).set({ assigneeId: agent.id, assignedAt: now }).where(eq(tickets.id, ticket.id));
  await tx.update(users).set({ lastAssignedAt: now }).where(eq(users.id, agent.id));
  await recordTicketEvent(tx, anonymous, ticket, { kind: 'assigned', to: agent.name, actorName: AUTO_ASSIGN_ACTOR });
  return agent;
}
