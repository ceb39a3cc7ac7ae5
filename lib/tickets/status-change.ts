import { eq } from 'drizzle-orm';
import type { Executor } from '@/db/client';
import { type TicketStatus, tickets } from '@/db/schema';
import type { Actor } from '@/lib/access/actor';
import { slaAfterStatusChange } from '@/lib/sla/ticket-clock';
import { recordTicketEvent } from './events';
import type { LockedTicket } from './locked-ticket';

/**
 * Writes a status change with what goes with it (who resolved and when, when it closed, clearing
 * both on reopen) and its audit event. The caller has locked the ticket and checked the move.
 */
export async function applyStatusChange(
  tx: Executor,
  actor: Actor,
  ticket: LockedTicket,
  to: TicketStatus,
  options: { now?: Date; actorName?: string; eventKind?: 'status_changed' | 'auto_closed' } = {},
): Promise<void> {
  if (ticket.status === to) return;
  const now = options.now ?? new Date();
  const reopening = (ticket.status === 'resolved' || ticket.status === 'closed') && to !== 'resolved' && to !== 'closed';
  await tx
    .update(tickets)
    .set({
      status: to,
      updatedAt: now,
      lastActivityAt: now,
      lastPublicActivityAt: now,
      ...(to === 'resolved' ? { resolvedAt: now, resolvedById: actor.kind === 'user' ? actor.id : null } : {}),
      ...(to === 'closed' ? { closedAt: now } : {}),
      ...(reopening ? { resolvedAt: null, resolvedById: null, closedAt: null } : {}),
    })
    .where(eq(tickets.id, ticket.id));
  await slaAfterStatusChange(tx, ticket.id, ticket.status, now);
  await recordTicketEvent(tx, actor, ticket, { kind: options.eventKind ?? 'status_changed', from: ticket.status, to, actorName: options.actorName });
  ticket.status = to;
}
