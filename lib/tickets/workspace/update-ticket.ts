import 'server-only';
import { z } from 'zod';
import { getDb } from '@/db/client';
import type { TicketPriority, TicketStatus } from '@/db/schema';
import type { Actor } from '@/lib/access/actor';
import { assertCan } from '@/lib/access/permissions';
import { AppError, parseInput } from '@/lib/errors';
import { lockTicketByNumber } from '../locked-ticket';
import { prioritySchema, setCategorySchema, statusSchema } from '../schemas';
import { ticketVersion } from '../version';
import { applyCategory, applyPriority } from './ticket-fields';
import { applyTransition } from './transition-ticket';

export const updateTicketSchema = z
  .object({
    status: statusSchema.optional(),
    priority: prioritySchema.optional(),
    category: setCategorySchema.shape.category.optional(),
  })
  .strict();
export type UpdateTicketInput = z.input<typeof updateTicketSchema>;

/**
 * Several of the desk's property changes at once, all or none, in one transaction. With
 * `expectedVersion` (an ETag's version), the check is made under the ticket's row lock, so of
 * two writers holding the same version exactly one gets through.
 */
export async function updateTicket(
  actor: Actor,
  input: { number: string; changes: unknown; expectedVersion?: string },
): Promise<{ status: TicketStatus; priority: TicketPriority }> {
  assertCan(actor, 'ticket:work');
  const changes = parseInput(updateTicketSchema, input.changes);
  const db = await getDb();
  return db.transaction(async (tx) => {
    const ticket = await lockTicketByNumber(tx, input.number);
    if (input.expectedVersion !== undefined && (await ticketVersion(tx, ticket.id, { staff: true })) !== input.expectedVersion) {
      throw new AppError('precondition_failed', 'This ticket changed since you read it. Read it again and retry.');
    }
    if (changes.category !== undefined) await applyCategory(tx, actor, ticket, changes.category);
    const priority = changes.priority === undefined ? ticket.priority : (await applyPriority(tx, actor, ticket, changes.priority)).priority;
    const status = changes.status === undefined ? ticket.status : (await applyTransition(tx, actor, ticket, changes.status)).status;
    return { status, priority };
  });
}
