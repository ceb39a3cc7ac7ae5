import 'server-only';
import { and, eq } from 'drizzle-orm';
import { type Executor, getDb } from '@/db/client';
import { categories, type TicketPriority, tickets } from '@/db/schema';
import type { Actor } from '@/lib/access/actor';
import { assertCan } from '@/lib/access/permissions';
import { AppError, parseInput } from '@/lib/errors';
import { slaAfterPriorityChange } from '@/lib/sla/ticket-clock';
import { recordTicketEvent } from '../events';
import { assertNotArchived, type LockedTicket, lockTicketByNumber } from '../locked-ticket';
import { setCategorySchema, setPrioritySchema } from '../schemas';

export async function setTicketPriority(actor: Actor, input: { number: string; priority: unknown }): Promise<{ priority: TicketPriority }> {
  assertCan(actor, 'ticket:work');
  const { priority } = parseInput(setPrioritySchema, {
    priority: input.priority,
  });
  const db = await getDb();
  return db.transaction(async (tx) => {
    const ticket = await lockTicketByNumber(tx, input.number);
    return applyPriority(tx, actor, ticket, priority);
  });
}

/** Sets the priority of a ticket locked in `tx` by the caller, who has checked the permission. */
export async function applyPriority(tx: Executor, actor: Actor, ticket: LockedTicket, priority: TicketPriority): Promise<{ priority: TicketPriority }> {
  assertNotArchived(ticket);
  if (ticket.priority === priority) return { priority };
  await tx.update(tickets).set({ priority, updatedAt: new Date() }).where(eq(tickets.id, ticket.id));
  await slaAfterPriorityChange(tx, ticket.id, ticket.priority);
  await recordTicketEvent(tx, actor, ticket, {
    kind: 'priority_changed',
    from: ticket.priority,
    to: priority,
  });
  return { priority };
}

export async function setTicketCategory(actor: Actor, input: { number: string; category: unknown }): Promise<{ category: string }> {
  assertCan(actor, 'ticket:work');
  const { category: slug } = parseInput(setCategorySchema, {
    category: input.category,
  });
  const db = await getDb();
  return db.transaction(async (tx) => {
    const ticket = await lockTicketByNumber(tx, input.number);
    return applyCategory(tx, actor, ticket, slug);
  });
}

/** Moves a ticket locked in `tx` by the caller, who has checked the permission, to an active category. */
export async function applyCategory(tx: Executor, actor: Actor, ticket: LockedTicket, slug: string): Promise<{ category: string }> {
  assertNotArchived(ticket);
  const [target] = await tx
    .select({ id: categories.id, name: categories.name })
    .from(categories)
    .where(and(eq(categories.slug, slug), eq(categories.active, true)))
    .limit(1);
  if (!target)
    throw new AppError('validation', 'Choose a category from the list.', {
      fields: { category: ['Choose a category from the list.'] },
    });
  if (target.id === ticket.categoryId) return { category: target.name };
  const [previous] = await tx.select({ name: categories.name }).from(categories).where(eq(categories.id, ticket.categoryId));
  await tx.update(tickets).set({ categoryId: target.id, updatedAt: new Date() }).where(eq(tickets.id, ticket.id));
  await recordTicketEvent(tx, actor, ticket, {
    kind: 'category_changed',
    from: previous?.name ?? null,
    to: target.name,
  });
  return { category: target.name };
}
