import { eq, type SQL } from 'drizzle-orm';
import type { Executor } from '@/db/client';
import { tickets } from '@/db/schema';
import { AppError, notFound } from '@/lib/errors';
import { ticketNumberSchema } from './schemas';

const lockedColumns = {
  id: tickets.id,
  number: tickets.number,
  status: tickets.status,
  priority: tickets.priority,
  categoryId: tickets.categoryId,
  assigneeId: tickets.assigneeId,
  requesterId: tickets.requesterId,
  requesterName: tickets.requesterName,
  requesterEmail: tickets.requesterEmail,
  archivedAt: tickets.archivedAt,
  firstResponseAt: tickets.firstResponseAt,
};

export type LockedTicket = {
  id: string;
  number: string;
  status: (typeof tickets.$inferSelect)['status'];
  priority: (typeof tickets.$inferSelect)['priority'];
  categoryId: string;
  assigneeId: string | null;
  requesterId: string | null;
  requesterName: string;
  requesterEmail: string;
  archivedAt: Date | null;
  firstResponseAt: Date | null;
};

/**
 * Reads a ticket and locks its row until the transaction ends, so that a change decided on what
 * was read cannot be overtaken by a concurrent one.
 */
export async function lockTicketWhere(tx: Executor, where: SQL): Promise<LockedTicket | undefined> {
  const [row] = await tx.select(lockedColumns).from(tickets).where(where).limit(1).for('update');
  return row;
}

/** Up to `limit` matching tickets, locked; rows another transaction holds are skipped, not waited for. */
export async function lockTicketsSkippingLocked(tx: Executor, where: SQL, orderBy: SQL, limit: number): Promise<LockedTicket[]> {
  return tx.select(lockedColumns).from(tickets).where(where).orderBy(orderBy).limit(limit).for('update', { skipLocked: true });
}

export async function lockTicketByNumber(tx: Executor, number: string): Promise<LockedTicket> {
  const parsed = ticketNumberSchema.safeParse(number);
  if (!parsed.success) throw notFound('No such ticket.');
  const row = await lockTicketWhere(tx, eq(tickets.number, parsed.data));
  if (!row) throw notFound('No such ticket.');
  return row;
}

export function assertNotArchived(ticket: LockedTicket): void {
  if (ticket.archivedAt) throw new AppError('conflict', 'This ticket is archived. Restore it before changing it.');
}
