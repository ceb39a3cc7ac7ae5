import 'server-only';
import { eq } from 'drizzle-orm';
import { getDb } from '@/db/client';
import { type TicketStatus, tickets } from '@/db/schema';
import type { Actor } from '@/lib/access/actor';
import { assertCan } from '@/lib/access/permissions';
import { recordTicketEvent } from '../events';
import { lockTicketByNumber } from '../locked-ticket';

export type ArchiveState = { number: string; status: TicketStatus; archived: boolean };

/**
 * Takes a ticket out of every queue but the archive. Its status, assignee and thread stay as they
 * were, so restoring it puts it back exactly where it was. Archiving twice changes nothing.
 */
export async function archiveTicket(actor: Actor, input: { number: string }): Promise<ArchiveState> {
  assertCan(actor, 'ticket:work');
  const db = await getDb();
  return db.transaction(async (tx) => {
    const ticket = await lockTicketByNumber(tx, input.number);
    if (ticket.archivedAt) return { number: ticket.number, status: ticket.status, archived: true };
    const now = new Date();
    await tx.update(tickets).set({ archivedAt: now, updatedAt: now }).where(eq(tickets.id, ticket.id));
    await recordTicketEvent(tx, actor, ticket, { kind: 'archived', from: ticket.status });
    return { number: ticket.number, status: ticket.status, archived: true };
  });
}

/** Brings an archived ticket back to the queues with the status it had. */
export async function restoreTicket(actor: Actor, input: { number: string }): Promise<ArchiveState> {
  assertCan(actor, 'ticket:work');
  const db = await getDb();
  return db.transaction(async (tx) => {
    const ticket = await lockTicketByNumber(tx, input.number);
    if (!ticket.archivedAt) return { number: ticket.number, status: ticket.status, archived: false };
    await tx.update(tickets).set({ archivedAt: null, updatedAt: new Date() }).where(eq(tickets.id, ticket.id));
    await recordTicketEvent(tx, actor, ticket, { kind: 'restored', to: ticket.status });
    return { number: ticket.number, status: ticket.status, archived: false };
  });
}
