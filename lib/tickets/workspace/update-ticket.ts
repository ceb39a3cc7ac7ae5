import 'server-only';
import { z } from 'zod';
import { getDb } from '@/db/client';
import type { TicketPriority, TicketStatus } from '@/db/schema';
import type { Actor } from '@/lib/access/actor';
import { assertStaff } from '@/lib/access/permissions';
import { parseInput } from '@/lib/errors';
import { lockTicketByNumber } from '../locked-ticket';
import { prioritySchema, setCategorySchema, statusSchema } from '../schemas';
import { assertTicketVersion } from '../version';
import { applyAssignee } from './assignee-change';
import { applyCategory, applyPriority } from './ticket-fields';
import { applyTransition } from './transition-ticket';

export const updateTicketSchema = z
  .object({
    status: statusSchema.optional(),
    priority: prioritySchema.optional(),
    category: setCategorySchema.shape.category.optional(),
    assignee: z
      .union([z.literal('me'), z.uuid()], { error: 'Give a user id, "me", or null to unassign.' })
      .nullable()
      .optional()
      .meta({ description: 'A staff user’s id, "me" for yourself, or null to unassign. Yourself claims the ticket; anyone else, or taking it from its holder, needs an admin.' }),
  })
  .strict();
export type UpdateTicketInput = z.input<typeof updateTicketSchema>;

/**
 * Several of the desk's property changes at once, all or none, in one transaction. The assignee
 * goes first, so that a claim's move to in progress can be followed by a status the machine only
 * allows from there. With `expectedVersion` (an ETag's version), the check is made under the
 * ticket's row lock, so of two writers holding the same version exactly one gets through.
 */
export async function updateTicket(
  actor: Actor,
  input: { number: string; changes: unknown; expectedVersion?: string },
): Promise<{ status: TicketStatus; priority: TicketPriority }> {
  assertStaff(actor);
  const changes = parseInput(updateTicketSchema, input.changes);
  const db = await getDb();
  return db.transaction(async (tx) => {
    const ticket = await lockTicketByNumber(tx, input.number);
    await assertTicketVersion(tx, ticket.id, input.expectedVersion, { staff: true });
    if (changes.assignee !== undefined) await applyAssignee(tx, actor, ticket, changes.assignee === 'me' ? actor.id : changes.assignee);
    if (changes.category !== undefined) await applyCategory(tx, actor, ticket, changes.category);
    const priority = changes.priority === undefined ? ticket.priority : (await applyPriority(tx, actor, ticket, changes.priority)).priority;
    const status = changes.status === undefined ? ticket.status : (await applyTransition(tx, actor, ticket, changes.status)).status;
    return { status, priority };
  });
}
