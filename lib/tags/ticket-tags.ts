import 'server-only';
import { and, asc, eq, inArray, sql } from 'drizzle-orm';
import { type Executor, getDb } from '@/db/client';
import { tags, ticketTags } from '@/db/schema';
import type { Actor } from '@/lib/access/actor';
import { assertCan } from '@/lib/access/permissions';
import { AppError, parseInput } from '@/lib/errors';
import { recordTicketEvent } from '@/lib/tickets/events';
import { assertNotArchived, lockTicketByNumber } from '@/lib/tickets/locked-ticket';
import { TAG_LIMITS, ticketTagSchema } from './schemas';

/** A ticket's tags by name, A to Z. Staff only: callers check that first. */
export async function tagNamesOf(db: Executor, ticketId: string): Promise<string[]> {
  const rows = await db
    .select({ name: tags.name })
    .from(ticketTags)
    .innerJoin(tags, eq(tags.id, ticketTags.tagId))
    .where(eq(ticketTags.ticketId, ticketId))
    .orderBy(asc(sql`lower(${tags.name})`));
  return rows.map((row) => row.name);
}

/** The tags of many tickets at once (a queue page, an export batch), by ticket id. */
export async function tagNamesByTicket(db: Executor, ticketIds: string[]): Promise<Map<string, string[]>> {
  const byTicket = new Map<string, string[]>();
  if (ticketIds.length === 0) return byTicket;
  const rows = await db
    .select({ ticketId: ticketTags.ticketId, name: tags.name })
    .from(ticketTags)
    .innerJoin(tags, eq(tags.id, ticketTags.tagId))
    .where(inArray(ticketTags.ticketId, ticketIds))
    .orderBy(asc(sql`lower(${tags.name})`));
  for (const row of rows) {
    const list = byTicket.get(row.ticketId);
    if (list) list.push(row.name);
    else byTicket.set(row.ticketId, [row.name]);
  }
  return byTicket;
}

const sameName = (name: string) => eq(sql`lower(${tags.name})`, name.toLowerCase());

/**
 * The tag of this name, made when there is none. `for share` holds it against an admin's merge
 * deleting it before our ticket_tags row is written; if a merge took it first, it is made afresh.
 */
async function claimTag(tx: Executor, name: string): Promise<{ id: string; name: string }> {
  for (let attempt = 0; attempt < 3; attempt += 1) {
    await tx.insert(tags).values({ name }).onConflictDoNothing();
    const [row] = await tx.select({ id: tags.id, name: tags.name }).from(tags).where(sameName(name)).limit(1).for('share');
    if (row) return row;
  }
  throw new AppError('conflict', 'This tag changed a moment ago; please try again.');
}

export type TicketTags = { number: string; tags: string[] };

/**
 * Puts a tag on a ticket, reusing an existing tag whatever its case, and writes `tagged` on the
 * trail. A tag the ticket has already changes nothing. Approved staff only; not on an archived ticket.
 */
export async function addTicketTag(actor: Actor, input: { number: string; name: unknown }): Promise<TicketTags> {
  assertCan(actor, 'ticket:work');
  const { name } = parseInput(ticketTagSchema, { name: input.name });
  const db = await getDb();
  return db.transaction(async (tx) => {
    const ticket = await lockTicketByNumber(tx, input.number);
    assertNotArchived(ticket);
    const tag = await claimTag(tx, name);
    const current = await tagNamesOf(tx, ticket.id);
    if (current.some((existing) => existing.toLowerCase() === tag.name.toLowerCase())) return { number: ticket.number, tags: current };
    if (current.length >= TAG_LIMITS.perTicket) {
      throw new AppError('validation', `A ticket takes up to ${TAG_LIMITS.perTicket} tags.`, { fields: { name: [`Remove a tag first: a ticket takes up to ${TAG_LIMITS.perTicket}.`] } });
    }
    await tx.insert(ticketTags).values({ ticketId: ticket.id, tagId: tag.id, addedById: actor.kind === 'user' ? actor.id : null });
    await recordTicketEvent(tx, actor, ticket, { kind: 'tagged', to: tag.name });
    return { number: ticket.number, tags: await tagNamesOf(tx, ticket.id) };
  });
}

/** Takes a tag off a ticket and writes `untagged`; a tag it does not have changes nothing. The tag itself stays. */
export async function removeTicketTag(actor: Actor, input: { number: string; name: unknown }): Promise<TicketTags> {
  assertCan(actor, 'ticket:work');
  const { name } = parseInput(ticketTagSchema, { name: input.name });
  const db = await getDb();
  return db.transaction(async (tx) => {
    const ticket = await lockTicketByNumber(tx, input.number);
    assertNotArchived(ticket);
    const [removed] = await tx
      .delete(ticketTags)
      .where(and(eq(ticketTags.ticketId, ticket.id), inArray(ticketTags.tagId, tx.select({ id: tags.id }).from(tags).where(sameName(name)))))
      .returning({ tagId: ticketTags.tagId });
    if (removed) {
      const [tag] = await tx.select({ name: tags.name }).from(tags).where(eq(tags.id, removed.tagId));
      await recordTicketEvent(tx, actor, ticket, { kind: 'untagged', from: tag?.name ?? name });
    }
    return { number: ticket.number, tags: await tagNamesOf(tx, ticket.id) };
  });
}
