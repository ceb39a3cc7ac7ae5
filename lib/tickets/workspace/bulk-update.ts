import 'server-only';
import { z } from 'zod';
import { ticketPriority, ticketStatus } from '@/db/schema';
import type { Actor } from '@/lib/access/actor';
import { assertCan } from '@/lib/access/permissions';
import { AppError, isAppError, parseInput } from '@/lib/errors';
import { archiveTicket, restoreTicket } from './archive-ticket';
import { claimTicket, reassignTicket } from './assignment';
import { QUEUE_PAGE_SIZE } from '../queue/schema';
import { setTicketPriority } from './ticket-fields';
import { transitionTicket } from './transition-ticket';

export const bulkActions = [
  'assign',
  'reassign',
  ...ticketStatus.enumValues.map((status) => `status:${status}` as const),
  ...ticketPriority.enumValues.map((priority) => `priority:${priority}` as const),
  'archive',
  'restore',
] as const;
export type BulkAction = (typeof bulkActions)[number];

export const bulkUpdateSchema = z.object({
  numbers: z
    .array(z.string().trim().max(40), { error: 'Select at least one ticket.' })
    .min(1, { error: 'Select at least one ticket.' })
    .max(QUEUE_PAGE_SIZE * 2, { error: `Select at most ${QUEUE_PAGE_SIZE * 2} tickets at a time.` }),
  action: z.enum(bulkActions, { error: 'Choose what to do with the selected tickets.' }),
  // Only for 'reassign'; reassignTicket checks it is an approved agent, once per row.
  assigneeId: z.preprocess((v) => (v === '' || v === null ? undefined : v), z.uuid({ error: 'Choose an agent.' }).optional()),
});

export type BulkOutcome = {
  updated: string[];
  failed: Array<{ number: string; message: string }>;
};

function operationFor(action: BulkAction, assigneeId: string | undefined): (actor: Actor, number: string) => Promise<unknown> {
  if (action === 'assign') return (actor, number) => claimTicket(actor, { number });
  if (action === 'reassign') return (actor, number) => reassignTicket(actor, { number, assigneeId });
  if (action === 'archive') return (actor, number) => archiveTicket(actor, { number });
  if (action === 'restore') return (actor, number) => restoreTicket(actor, { number });
  const [kind, value] = action.split(':') as ['status' | 'priority', string];
  if (kind === 'status') return (actor, number) => transitionTicket(actor, { number, to: value });
  return (actor, number) => setTicketPriority(actor, { number, priority: value });
}

/**
 * Applies one action to many tickets, each through the same domain function (and so the same
 * rules, locks and events) as on its own page, each in its own transaction: a ticket that may not
 * make the move is reported with the reason, and the others go ahead.
 */
export async function bulkUpdateTickets(
  actor: Actor,
  input: { numbers: unknown; action: unknown; assigneeId?: unknown },
): Promise<BulkOutcome> {
  assertCan(actor, 'ticket:work');
  const { numbers, action, assigneeId } = parseInput(bulkUpdateSchema, input);
  // Refused once for the whole selection rather than once per row.
  if (action === 'reassign') assertCan(actor, 'ticket:reassign');
  if (action === 'reassign' && !assigneeId) {
    throw new AppError('validation', 'Choose an agent to reassign the tickets to.', { fields: { assigneeId: ['Choose an agent.'] } });
  }
  const apply = operationFor(action, assigneeId);
  const outcome: BulkOutcome = { updated: [], failed: [] };
  for (const number of new Set(numbers.map((n) => n.toUpperCase()))) {
    try {
      await apply(actor, number);
      outcome.updated.push(number);
    } catch (error) {
      if (!isAppError(error)) throw error;
      outcome.failed.push({ number, message: error.message });
    }
  }
  return outcome;
}

/** What the queue's bulk form shows after a submission. */
export type BulkResult = BulkOutcome & { action: BulkAction };
