import 'server-only';
import { and, eq, inArray, isNotNull, isNull, sql } from 'drizzle-orm';
import { getDb, type Transaction } from '@/db/client';
import { attachments, ticketCc, ticketEvents, ticketFollowers, ticketMessages, tickets, ticketTags } from '@/db/schema';
import type { Actor, UserActor } from '@/lib/access/actor';
import { assertCan } from '@/lib/access/permissions';
import { AppError, notFound, parseInput } from '@/lib/errors';
import { notifyTicketMerged } from '@/lib/notify/merge-events';
import { recordTicketEvent } from '../events';
import { type LockedTicket, lockTicketWhere } from '../locked-ticket';
import { ticketNumberSchema } from '../schemas';
import { applyStatusChange } from '../status-change';
import { mergeTicketSchema } from './schemas';

export type MergeResult = { source: string; target: string };

type MergeSide = LockedTicket & { mergedIntoId: string | null; subject: string; description: string; createdAt: Date };

async function lockSide(tx: Transaction, id: string): Promise<MergeSide> {
  const ticket = await lockTicketWhere(tx, eq(tickets.id, id));
  const [extra] = await tx
    .select({ mergedIntoId: tickets.mergedIntoId, subject: tickets.subject, description: tickets.description, createdAt: tickets.createdAt })
    .from(tickets)
    .where(eq(tickets.id, id));
  if (!ticket || !extra) throw notFound('No such ticket.');
  return { ...ticket, ...extra };
}

/**
 * Both rows locked, always the lower id first: two merges of the same pair in opposite
 * directions then queue behind each other instead of deadlocking, and the second one finds the
 * first one's result.
 */
async function lockPair(tx: Transaction, sourceNumber: string, targetNumber: string): Promise<{ source: MergeSide; target: MergeSide }> {
  const rows = await tx.select({ id: tickets.id, number: tickets.number }).from(tickets).where(inArray(tickets.number, [sourceNumber, targetNumber]));
  const sourceId = rows.find((row) => row.number === sourceNumber)?.id;
  const targetId = rows.find((row) => row.number === targetNumber)?.id;
  if (!sourceId) throw notFound('No such ticket.');
  if (!targetId) throw new AppError('validation', 'No ticket has that number.', { fields: { into: ['No ticket has that number.'] } });
  const [first, second] = [sourceId, targetId].sort();
  const locked = new Map<string, MergeSide>();
  for (const id of [first, second] as string[]) locked.set(id, await lockSide(tx, id));
  return { source: locked.get(sourceId) as MergeSide, target: locked.get(targetId) as MergeSide };
}

function intoError(message: string): AppError {
  return new AppError('conflict', message, { fields: { into: [message] } });
}

function checkMerge(source: MergeSide, target: MergeSide, confirmOtherRequester: boolean): void {
  if (source.mergedIntoId) throw new AppError('conflict', 'This ticket has already been merged into another.');
  if (target.mergedIntoId) throw intoError('That ticket has itself been merged into another; merge into the ticket it leads to.');
  if (source.archivedAt) throw new AppError('conflict', 'This ticket is archived. Restore it before merging it.');
  if (target.archivedAt) throw intoError('That ticket is archived. Restore it before merging into it.');
  if (target.status === 'closed') throw intoError('That ticket is closed; it cannot take another ticket’s conversation.');
  if (!sameRequester(source, target) && !confirmOtherRequester) {
    throw new AppError('validation', 'The two tickets have different requesters. Confirm to merge them anyway.', {
      fields: { confirmOtherRequester: ['The two tickets have different requesters. Tick the box to merge them anyway.'] },
    });
  }
}

export function sameRequester(a: { requesterId: string | null; requesterEmail: string }, b: { requesterId: string | null; requesterEmail: string }): boolean {
  if (a.requesterId || b.requesterId) return a.requesterId === b.requesterId;
  return a.requesterEmail.trim().toLowerCase() === b.requesterEmail.trim().toLowerCase();
}

/**
 * Merges one ticket (the source) into another (the survivor), for good: there is no undo, as
 * the moved messages, files, events and tags mix with the survivor's. The source is closed and
 * points at the survivor, so its private link and the reply addresses of its mails lead there.
 * When the requesters differ (confirmed by the caller), the source's requester is copied on the
 * survivor's public replies.
 */
export async function mergeTicket(actor: Actor, input: { number: string; into: unknown; confirmOtherRequester?: unknown }): Promise<MergeResult> {
  assertCan(actor, 'ticket:work');
  const user = actor as UserActor;
  const number = ticketNumberSchema.safeParse(input.number);
  if (!number.success) throw notFound('No such ticket.');
  const { into, confirmOtherRequester } = parseInput(mergeTicketSchema, { into: input.into, confirmOtherRequester: input.confirmOtherRequester });
  if (into === number.data) throw new AppError('validation', 'A ticket cannot be merged into itself.', { fields: { into: ['Choose another ticket than this one.'] } });
  const db = await getDb();
  return db.transaction(async (tx) => {
    const { source, target } = await lockPair(tx, number.data, into);
    checkMerge(source, target, confirmOtherRequester);
    const now = new Date();
    await carryOpening(tx, source, target.id);
    await moveThread(tx, source.id, target.id);
    await moveLists(tx, source, target, user);
    await tx.update(tickets).set({ mergedIntoId: target.id }).where(eq(tickets.mergedIntoId, source.id));
    await tx.update(tickets).set({ lastActivityAt: now, lastPublicActivityAt: now, updatedAt: now }).where(eq(tickets.id, target.id));

    if (source.status !== 'closed') await applyStatusChange(tx, actor, source, 'closed', { now });
    await tx.update(tickets).set({ mergedIntoId: target.id, mergedAt: now, slaDueAt: null, updatedAt: now }).where(eq(tickets.id, source.id));
    await recordTicketEvent(tx, actor, source, { kind: 'merged_into', to: target.number });
    await recordTicketEvent(tx, actor, target, { kind: 'merged', from: source.number });
    await notifyTicketMerged(tx, user, { source, target }, now);
    return { source: source.number, target: target.number };
  });
}

/**
 * The source's opening description is not a message; it joins the survivor's thread as the
 * requester's message of the time it was written, with the files it came with.
 */
async function carryOpening(tx: Transaction, source: MergeSide, targetId: string): Promise<void> {
  const [opening] = await tx
    .insert(ticketMessages)
    .values({
      ticketId: targetId,
      visibility: 'public',
      authorKind: 'requester',
      authorId: source.requesterId,
      authorName: source.requesterName,
      authorEmail: source.requesterEmail,
      body: `${source.subject}\n\n${source.description}`.slice(0, 10_000),
      createdAt: source.createdAt,
    })
    .returning({ id: ticketMessages.id });
  if (!opening) throw new Error('message insert returned no row');
  await tx
    .update(attachments)
    .set({ messageId: opening.id })
    .where(and(eq(attachments.ticketId, source.id), isNull(attachments.messageId), isNotNull(attachments.attachedAt)));
}

/** Messages, files and the trail so far; events keep the source's number, so they still say where they happened. */
async function moveThread(tx: Transaction, sourceId: string, targetId: string): Promise<void> {
  await tx.update(ticketMessages).set({ ticketId: targetId }).where(eq(ticketMessages.ticketId, sourceId));
  await tx.update(attachments).set({ ticketId: targetId }).where(eq(attachments.ticketId, sourceId));
  await tx.update(ticketEvents).set({ ticketId: targetId }).where(eq(ticketEvents.ticketId, sourceId));
}

/** Tags, followers and CC addresses join the survivor's, once each. */
async function moveLists(tx: Transaction, source: MergeSide, target: MergeSide, actor: UserActor): Promise<void> {
  await tx.execute(sql`
    insert into ${ticketTags} (ticket_id, tag_id, added_by_id, created_at)
    select ${target.id}, tag_id, added_by_id, created_at from ${ticketTags} where ticket_id = ${source.id}
    on conflict do nothing`);
  await tx.delete(ticketTags).where(eq(ticketTags.ticketId, source.id));
  await tx.execute(sql`
    insert into ${ticketFollowers} (ticket_id, user_id, created_at)
    select ${target.id}, user_id, created_at from ${ticketFollowers} where ticket_id = ${source.id}
    on conflict do nothing`);
  await tx.delete(ticketFollowers).where(eq(ticketFollowers.ticketId, source.id));
  const copied = new Set<string>();
  const ccs = await tx.select({ email: ticketCc.email, addedById: ticketCc.addedById }).from(ticketCc).where(eq(ticketCc.ticketId, source.id));
  const wanted = [...ccs];
  if (!sameRequester(source, target)) wanted.push({ email: source.requesterEmail, addedById: actor.id });
  for (const cc of wanted) {
    const email = cc.email.trim().toLowerCase();
    if (email === target.requesterEmail.trim().toLowerCase() || copied.has(email)) continue;
    copied.add(email);
    await tx.insert(ticketCc).values({ ticketId: target.id, email, addedById: cc.addedById }).onConflictDoNothing();
  }
  await tx.delete(ticketCc).where(eq(ticketCc.ticketId, source.id));
}
