import 'server-only';
import { and, eq, sql } from 'drizzle-orm';
import { getDb } from '@/db/client';
import { savedReplies, tickets } from '@/db/schema';
import type { Actor, UserActor } from '@/lib/access/actor';
import { assertStaff } from '@/lib/access/permissions';
import { notFound, parseInput } from '@/lib/errors';
import { ticketNumberSchema } from '@/lib/tickets/schemas';
import { getSavedReply, listSavedReplies, visibleTo } from './manage';
import { type PlaceholderSource, renderPlaceholders } from './placeholders';
import { savedReplyIdSchema, savedReplyRenderSchema } from './schemas';

export type RenderedReply = { id: string; title: string; shared: boolean; usageCount: number; text: string };

/** The fields placeholders may read: the customer's own, the ticket's public ones, the agent's name. */
async function placeholderSource(actor: UserActor, number: string): Promise<PlaceholderSource> {
  const db = await getDb();
  const [ticket] = await db
    .select({ number: tickets.number, subject: tickets.subject, name: tickets.requesterName, email: tickets.requesterEmail })
    .from(tickets)
    .where(eq(tickets.number, number));
  if (!ticket) throw notFound('No such ticket.');
  return {
    customer: { name: ticket.name, email: ticket.email },
    ticket: { number: ticket.number, subject: ticket.subject },
    agent: { name: actor.name },
  };
}

/** One saved reply with its placeholders filled from a ticket. */
export async function renderSavedReply(actor: Actor, input: unknown): Promise<RenderedReply> {
  assertStaff(actor);
  const { id, ticket } = parseInput(savedReplyRenderSchema, input);
  const [reply, source] = await Promise.all([getSavedReply(actor, { id }), placeholderSource(actor, ticket)]);
  return { id: reply.id, title: reply.title, shared: reply.shared, usageCount: reply.usageCount, text: renderPlaceholders(reply.body, source) };
}

/** Everything the composer's picker offers on one ticket, most used first, already filled in. */
export async function listRenderedReplies(actor: Actor, input: { ticket: string }): Promise<RenderedReply[]> {
  assertStaff(actor);
  const number = parseInput(ticketNumberSchema, input.ticket);
  const [replies, source] = await Promise.all([listSavedReplies(actor), placeholderSource(actor, number)]);
  return replies.map((reply) => ({
    id: reply.id,
    title: reply.title,
    shared: reply.shared,
    usageCount: reply.usageCount,
    text: renderPlaceholders(reply.body, source),
  }));
}

/** Counts one use, in a single statement so that agents inserting at once all count. */
export async function recordSavedReplyUse(actor: Actor, input: unknown): Promise<{ usageCount: number }> {
  assertStaff(actor);
  const { id } = parseInput(savedReplyIdSchema, input);
  const db = await getDb();
  const [row] = await db
    .update(savedReplies)
    .set({ usageCount: sql`${savedReplies.usageCount} + 1`, lastUsedAt: new Date() })
    .where(and(eq(savedReplies.id, id), visibleTo(actor)))
    .returning({ usageCount: savedReplies.usageCount });
  if (!row) throw notFound('No such saved reply.');
  return row;
}
