import 'server-only';
import { getDb, type Transaction } from '@/db/client';
import type { TicketStatus } from '@/db/schema';
import type { Actor } from '@/lib/access/actor';
import { assertCan } from '@/lib/access/permissions';
import { AppError, parseInput } from '@/lib/errors';
import { notifyStatusChanged, notifyTicketResolved } from '@/lib/notify';
import { statusLabel } from '@/lib/vocabulary';
import { assertNotArchived, type LockedTicket, lockTicketByNumber } from '../locked-ticket';
import { applyStatusChange } from '../status-change';
import { allowedTransitions } from '../status-machine';
import { transitionSchema } from '../schemas';

function describeAllowed(from: TicketStatus): string {
  const allowed = allowedTransitions(from);
  if (allowed.length === 0) return `A ${statusLabel[from].toLowerCase()} ticket cannot change status.`;
  return `From ${statusLabel[from].toLowerCase()} a ticket can move to: ${allowed.map((s) => statusLabel[s].toLowerCase()).join(', ')}.`;
}

/** Moves a ticket along the status machine; a forbidden move is refused naming the allowed ones. */
export async function transitionTicket(actor: Actor, input: { number: string; to: unknown }): Promise<{ status: TicketStatus }> {
  assertCan(actor, 'ticket:work');
  const { to } = parseInput(transitionSchema, { to: input.to });
  const db = await getDb();
  return db.transaction(async (tx) => {
    const ticket = await lockTicketByNumber(tx, input.number);
    return applyTransition(tx, actor, ticket, to);
  });
}

/**
 * Moves a ticket locked in `tx` by the caller, who has checked the permission, along the status
 * machine. A refusal names the allowed moves on `field`, the form field that chose the status.
 */
export async function applyTransition(
  tx: Transaction,
  actor: Actor,
  ticket: LockedTicket,
  to: TicketStatus,
  { field = 'to' }: { field?: string } = {},
): Promise<{ status: TicketStatus }> {
  assertNotArchived(ticket);
  if (ticket.status === to) return { status: to };
  if (!allowedTransitions(ticket.status).includes(to)) {
    throw new AppError('conflict', `${ticket.number} cannot move from ${statusLabel[ticket.status].toLowerCase()} to ${statusLabel[to].toLowerCase()}. ${describeAllowed(ticket.status)}`, {
      fields: { [field]: [describeAllowed(ticket.status)] },
    });
  }
  await applyStatusChange(tx, actor, ticket, to);
  await notifyStatusChanged(tx, actor, ticket.id, to);
  if (to === 'resolved' && actor.kind === 'user') await notifyTicketResolved(tx, actor, ticket.id);
  return { status: to };
}
