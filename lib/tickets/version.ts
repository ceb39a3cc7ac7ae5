import { and, count, eq, notInArray } from 'drizzle-orm';
import { type Executor, getDb } from '@/db/client';
import { type Actor, isActiveStaff } from '@/lib/access/actor';
import { AppError } from '@/lib/errors';
import { getTicket, type TicketView } from './read-ticket';
import { ticketEvents, tickets } from '@/db/schema';

// Changes a customer must not learn of, not even from their ETag moving.
const customerHiddenKinds: Array<(typeof ticketEvents.$inferSelect)['kind']> = ['note_added', 'tagged', 'untagged'];

/**
 * A ticket's version as one viewer sees it, for ETags: its trail only grows (every change,
 * message and note records an event) and updatedAt moves with every field change. Customers'
 * versions leave internal notes out, so the tag does not tell them a note was written.
 */
export async function ticketVersion(db: Executor, ticketId: string, options: { staff: boolean }): Promise<string> {
  const [row] = await db
    .select({ updatedAt: tickets.updatedAt, events: count(ticketEvents.id) })
    .from(tickets)
    .leftJoin(ticketEvents, and(eq(ticketEvents.ticketId, tickets.id), options.staff ? undefined : notInArray(ticketEvents.kind, customerHiddenKinds)))
    .where(eq(tickets.id, ticketId))
    .groupBy(tickets.id);
  if (!row) throw new Error('ticketVersion: no such ticket');
  return `${options.staff ? 's' : 'c'}${row.events}-${row.updatedAt.getTime().toString(36)}`;
}

/** A ticket as `getTicket` shows it to the actor, with the version that actor's ETag names. */
export async function getTicketWithVersion(actor: Actor, input: { number: string }): Promise<{ view: TicketView; version: string }> {
  const view = await getTicket(actor, input);
  return { view, version: await ticketVersion(await getDb(), view.id, { staff: isActiveStaff(actor) }) };
}

/**
 * Refuses the change unless the ticket is still at `expected` (an If-Match ETag's version); call
 * it under the ticket's row lock, so that of two writers holding one version exactly one passes.
 */
export async function assertTicketVersion(tx: Executor, ticketId: string, expected: string | undefined, options: { staff: boolean }): Promise<void> {
  if (expected === undefined) return;
  if ((await ticketVersion(tx, ticketId, options)) !== expected) {
    throw new AppError('precondition_failed', 'This ticket changed since you read it. Read it again and retry.');
  }
}
