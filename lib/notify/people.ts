import { and, eq, inArray } from 'drizzle-orm';
import type { Executor } from '@/db/client';
import { categories, tickets, users } from '@/db/schema';
import type { Actor } from '@/lib/access/actor';

export type Person = { id: string; email: string; name: string };

/** Who caused the event, so that nobody is told about their own action. */
export function actorUserId(actor: Actor): string | null {
  return actor.kind === 'user' ? actor.id : null;
}

const personColumns = { id: users.id, email: users.email, name: users.name };

/** The user if they are approved staff; a suspended or demoted assignee is told nothing. */
export async function activeStaffMember(db: Executor, userId: string): Promise<Person | null> {
  const [row] = await db
    .select(personColumns)
    .from(users)
    .where(and(eq(users.id, userId), inArray(users.role, ['agent', 'admin']), eq(users.staffStatus, 'approved')))
    .limit(1);
  return row ?? null;
}

/** Approved staff of these roles, in a stable order. */
export async function activeStaff(db: Executor, roles: Array<'agent' | 'admin'>): Promise<Person[]> {
  return db
    .select(personColumns)
    .from(users)
    .where(and(inArray(users.role, roles), eq(users.staffStatus, 'approved')))
    .orderBy(users.createdAt, users.id);
}

export type TicketFacts = {
  id: string;
  number: string;
  subject: string;
  description: string;
  priority: (typeof tickets.$inferSelect)['priority'];
  categoryName: string;
  assigneeId: string | null;
  requesterId: string | null;
  requesterName: string;
  requesterEmail: string;
};

/** What the mails about a ticket name, read inside the transaction that changed it. */
export async function ticketFacts(db: Executor, ticketId: string): Promise<TicketFacts> {
  const [row] = await db
    .select({
      id: tickets.id,
      number: tickets.number,
      subject: tickets.subject,
      description: tickets.description,
      priority: tickets.priority,
      categoryName: categories.name,
      assigneeId: tickets.assigneeId,
      requesterId: tickets.requesterId,
      requesterName: tickets.requesterName,
      requesterEmail: tickets.requesterEmail,
    })
    .from(tickets)
    .innerJoin(categories, eq(categories.id, tickets.categoryId))
    .where(eq(tickets.id, ticketId))
    .limit(1);
  if (!row) throw new Error(`no ticket ${ticketId} to notify about`);
  return row;
}

export function deskPath(number: string): string {
  return `/desk/tickets/${number}`;
}
