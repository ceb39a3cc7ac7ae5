import 'server-only';
import { and, asc, eq, inArray } from 'drizzle-orm';
import { getDb } from '@/db/client';
import { ticketFollowers, tickets, users } from '@/db/schema';
import type { Actor } from '@/lib/access/actor';
import { assertStaff } from '@/lib/access/permissions';
import { notFound } from '@/lib/errors';
import { recordTicketEvent } from '../events';
import { lockTicketByNumber } from '../locked-ticket';
import { ticketNumberSchema } from '../schemas';

export type FollowState = { number: string; following: boolean };
export type TicketFollowers = { following: boolean; followers: Array<{ id: string; name: string }> };

/**
 * The acting staff member follows a ticket: they get its notifications from then on. Following
 * twice changes nothing and writes no second event (the primary key settles a double click).
 */
export async function followTicket(actor: Actor, input: { number: string }): Promise<FollowState> {
  assertStaff(actor);
  const db = await getDb();
  return db.transaction(async (tx) => {
    const ticket = await lockTicketByNumber(tx, input.number);
    const [added] = await tx.insert(ticketFollowers).values({ ticketId: ticket.id, userId: actor.id }).onConflictDoNothing().returning({ userId: ticketFollowers.userId });
    if (added) await recordTicketEvent(tx, actor, ticket, { kind: 'followed' });
    return { number: ticket.number, following: true };
  });
}

/** Stops following; unfollowing a ticket one does not follow changes nothing. */
export async function unfollowTicket(actor: Actor, input: { number: string }): Promise<FollowState> {
  assertStaff(actor);
  const db = await getDb();
  return db.transaction(async (tx) => {
    const ticket = await lockTicketByNumber(tx, input.number);
    const removed = await tx
      .delete(ticketFollowers)
      .where(and(eq(ticketFollowers.ticketId, ticket.id), eq(ticketFollowers.userId, actor.id)))
      .returning({ userId: ticketFollowers.userId });
    if (removed.length) await recordTicketEvent(tx, actor, ticket, { kind: 'unfollowed' });
    return { number: ticket.number, following: false };
  });
}

/** Who follows the ticket (approved staff only, by name), and whether the actor does. */
export async function listTicketFollowers(actor: Actor, input: { number: string }): Promise<TicketFollowers> {
  assertStaff(actor);
  const number = ticketNumberSchema.safeParse(input.number);
  if (!number.success) throw notFound('No such ticket.');
  const db = await getDb();
  const [ticket] = await db.select({ id: tickets.id }).from(tickets).where(eq(tickets.number, number.data)).limit(1);
  if (!ticket) throw notFound('No such ticket.');
  const followers = await db
    .select({ id: users.id, name: users.name })
    .from(ticketFollowers)
    .innerJoin(users, eq(users.id, ticketFollowers.userId))
    .where(and(eq(ticketFollowers.ticketId, ticket.id), inArray(users.role, ['agent', 'admin']), eq(users.staffStatus, 'approved')))
    .orderBy(asc(users.name), asc(users.id));
  return { following: followers.some((person) => person.id === actor.id), followers };
}
