import 'server-only';
import { and, asc, count, eq, inArray, ne, sql } from 'drizzle-orm';
import { getDb, type Transaction } from '@/db/client';
import { isUniqueViolation } from '@/db/errors';
import { tags, ticketTags } from '@/db/schema';
import { type Actor, isAdmin } from '@/lib/access/actor';
import { assertCan } from '@/lib/access/permissions';
import { recordAudit } from '@/lib/audit/record';
import { AppError, FIELDS_INVALID_MESSAGE, forbidden, notFound, parseInput } from '@/lib/errors';
import { mergeTagsSchema, renameTagSchema } from './schemas';

/** Managing tags is the admins' work; approved staff below them are refused, anyone else as usual. */
function assertTagAdmin(actor: Actor): void {
  assertCan(actor, 'ticket:work');
  if (!isAdmin(actor)) throw forbidden('Only admins can rename or merge tags.');
}

export type TagAdminRow = { id: string; name: string; tickets: number };

/** Every tag with the number of tickets that carry it, A to Z. Admins only. */
export async function listTagsForAdmin(actor: Actor): Promise<TagAdminRow[]> {
  assertTagAdmin(actor);
  const db = await getDb();
  const used = count(ticketTags.ticketId);
  return db
    .select({ id: tags.id, name: tags.name, tickets: sql<number>`${used}::int` })
    .from(tags)
    .leftJoin(ticketTags, eq(ticketTags.tagId, tags.id))
    .groupBy(tags.id, tags.name)
    .orderBy(asc(sql`lower(${tags.name})`), asc(tags.id));
}

const nameTaken = () =>
  new AppError('validation', FIELDS_INVALID_MESSAGE, { fields: { name: ['Another tag has this name already. Merge the two instead.'] } });

// A tag added from the desk between our check and our write takes the name too: the unique index settles it.
async function inTransaction<T>(work: (tx: Transaction) => Promise<T>): Promise<T> {
  const db = await getDb();
  try {
    return await db.transaction(work);
  } catch (error) {
    if (isUniqueViolation(error)) throw nameTaken();
    throw error;
  }
}

/**
 * Renames a tag on every ticket at once (they link to it by id). A change of case alone is a
 * rename too; a name another tag has is refused, as merging is what that means. Audited.
 */
export async function renameTag(actor: Actor, input: unknown): Promise<TagAdminRow> {
  assertTagAdmin(actor);
  const { id, name } = parseInput(renameTagSchema, input);
  return inTransaction(async (tx) => {
    const [before] = await tx.select({ id: tags.id, name: tags.name }).from(tags).where(eq(tags.id, id)).for('update');
    if (!before) throw notFound('No such tag.');
    const [other] = await tx
      .select({ id: tags.id })
      .from(tags)
      .where(and(eq(sql`lower(${tags.name})`, name.toLowerCase()), ne(tags.id, id)))
      .limit(1);
    if (other) throw nameTaken();
    const tickets = await ticketCount(tx, id);
    if (before.name === name) return { ...before, tickets };
    await tx.update(tags).set({ name }).where(eq(tags.id, id));
    await recordAudit(tx, actor, { kind: 'tag_changed', subjectType: 'tag', subjectId: id, subjectLabel: name, from: before.name, to: name, detail: { action: 'renamed', tickets } });
    return { id, name, tickets };
  });
}

/**
 * Merges one tag into another: every ticket of the source gets the target (a ticket that had both
 * keeps one), and the source goes. Audited once, with how many tickets moved.
 */
export async function mergeTags(actor: Actor, input: unknown): Promise<TagAdminRow & { moved: number }> {
  assertTagAdmin(actor);
  const { sourceId, targetId } = parseInput(mergeTagsSchema, input);
  return inTransaction(async (tx) => {
    // Both rows locked in one statement, in id order, so two opposite merges cannot deadlock.
    const locked = await tx
      .select({ id: tags.id, name: tags.name })
      .from(tags)
      .where(inArray(tags.id, [sourceId, targetId]))
      .orderBy(asc(tags.id))
      .for('update');
    const source = locked.find((row) => row.id === sourceId);
    const target = locked.find((row) => row.id === targetId);
    if (!source) throw notFound('No such tag.');
    if (!target) throw new AppError('validation', FIELDS_INVALID_MESSAGE, { fields: { targetId: ['Choose a tag from the list.'] } });
    const moved = await tx
      .insert(ticketTags)
      .select(
        tx
          .select({ ticketId: ticketTags.ticketId, tagId: sql<string>`${targetId}::uuid`.as('tag_id'), addedById: ticketTags.addedById, createdAt: ticketTags.createdAt })
          .from(ticketTags)
          .where(eq(ticketTags.tagId, sourceId)),
      )
      .onConflictDoNothing()
      .returning({ ticketId: ticketTags.ticketId });
    await tx.delete(tags).where(eq(tags.id, sourceId));
    const movedCount = moved.length;
    const tickets = await ticketCount(tx, targetId);
    await recordAudit(tx, actor, {
      kind: 'tag_changed',
      subjectType: 'tag',
      subjectId: targetId,
      subjectLabel: target.name,
      from: source.name,
      to: target.name,
      detail: { action: 'merged', moved: movedCount },
    });
    return { ...target, tickets, moved: movedCount };
  });
}

async function ticketCount(tx: Transaction, tagId: string): Promise<number> {
  const [row] = await tx.select({ n: sql<number>`count(*)::int` }).from(ticketTags).where(eq(ticketTags.tagId, tagId));
  return row?.n ?? 0;
}
