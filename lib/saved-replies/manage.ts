import 'server-only';
import { and, asc, desc, eq, ilike, isNull, or, type SQL, sql } from 'drizzle-orm';
import { getDb, type Transaction } from '@/db/client';
import { type SavedReply, savedReplies } from '@/db/schema';
import { type Actor, isAdmin, type UserActor } from '@/lib/access/actor';
import { assertStaff } from '@/lib/access/permissions';
import { recordAudit } from '@/lib/audit/record';
import { forbidden, notFound, parseInput } from '@/lib/errors';
import { containsPattern } from '@/lib/users/search-users';
import { assertCanChange, canChange } from './access';
import { savedReplyIdSchema, savedReplyListSchema, savedReplySchema, savedReplyUpdateSchema } from './schemas';

export type SavedReplyRow = {
  id: string;
  title: string;
  body: string;
  shared: boolean;
  /** Whether the acting user may edit or delete it. */
  editable: boolean;
  usageCount: number;
  lastUsedAt: Date | null;
  updatedAt: Date;
};

const columns = {
  id: savedReplies.id,
  ownerId: savedReplies.ownerId,
  title: savedReplies.title,
  body: savedReplies.body,
  usageCount: savedReplies.usageCount,
  lastUsedAt: savedReplies.lastUsedAt,
  updatedAt: savedReplies.updatedAt,
};
type Selected = Pick<SavedReply, keyof typeof columns>;

function toRow(actor: UserActor, { ownerId, ...row }: Selected): SavedReplyRow {
  return { ...row, shared: ownerId === null, editable: canChange(actor, { ownerId }) };
}

/** The replies one agent may use: their own and the shared ones. */
export const visibleTo = (actor: UserActor): SQL => or(isNull(savedReplies.ownerId), eq(savedReplies.ownerId, actor.id))!;

/** Most used first; among equals the most recently used, then by title. */
const mostUsedFirst = [desc(savedReplies.usageCount), sql`${savedReplies.lastUsedAt} desc nulls last`, asc(savedReplies.title), asc(savedReplies.id)];

const LIST_MAX = 200;

/** The agent's own and the shared saved replies, most used first, optionally narrowed by a search. */
export async function listSavedReplies(actor: Actor, input: unknown = {}): Promise<SavedReplyRow[]> {
  assertStaff(actor);
  const { q } = parseInput(savedReplyListSchema, input);
  const db = await getDb();
  const search = q ? or(ilike(savedReplies.title, containsPattern(q)), ilike(savedReplies.body, containsPattern(q))) : undefined;
  const rows = await db
    .select(columns)
    .from(savedReplies)
    .where(and(visibleTo(actor), search))
    .orderBy(...mostUsedFirst)
    .limit(LIST_MAX);
  return rows.map((row) => toRow(actor, row));
}

/** One saved reply the agent may use; another agent's personal reply is not found. */
export async function getSavedReply(actor: Actor, input: unknown): Promise<SavedReplyRow> {
  assertStaff(actor);
  const { id } = parseInput(savedReplyIdSchema, input);
  const db = await getDb();
  const [row] = await db.select(columns).from(savedReplies).where(and(eq(savedReplies.id, id), visibleTo(actor)));
  if (!row) throw notFound('No such saved reply.');
  return toRow(actor, row);
}

/** Shared replies are everyone's tools, so their changes go to the audit log; personal ones do not. */
async function auditShared(tx: Transaction, actor: UserActor, row: Selected, action: 'created' | 'updated' | 'deleted', from?: string) {
  if (row.ownerId !== null) return;
  await recordAudit(tx, actor, {
    kind: 'saved_reply_changed',
    subjectType: 'saved_reply',
    subjectId: row.id,
    subjectLabel: row.title,
    from: from ?? null,
    to: action === 'deleted' ? null : row.title,
    detail: { action },
  });
}

export async function createSavedReply(actor: Actor, input: unknown): Promise<SavedReplyRow> {
  assertStaff(actor);
  const data = parseInput(savedReplySchema, input);
  if (data.shared && !isAdmin(actor)) throw forbidden('Only admins add shared saved replies.');
  const db = await getDb();
  return db.transaction(async (tx) => {
    const [created] = await tx
      .insert(savedReplies)
      .values({ ownerId: data.shared ? null : actor.id, title: data.title, body: data.body, createdById: actor.id })
      .returning(columns);
    if (!created) throw new Error('insert returned no row');
    await auditShared(tx, actor, created, 'created');
    return toRow(actor, created);
  });
}

async function findForUpdate(tx: Transaction, actor: UserActor, id: string): Promise<Selected> {
  const [row] = await tx.select(columns).from(savedReplies).where(eq(savedReplies.id, id)).for('update');
  if (!row) throw notFound('No such saved reply.');
  assertCanChange(actor, row);
  return row;
}

/** Changes the title and text; whether a reply is shared stays as it was created. */
export async function updateSavedReply(actor: Actor, input: unknown): Promise<SavedReplyRow> {
  assertStaff(actor);
  const data = parseInput(savedReplyUpdateSchema, input);
  const db = await getDb();
  return db.transaction(async (tx) => {
    const before = await findForUpdate(tx, actor, data.id);
    const [updated] = await tx
      .update(savedReplies)
      .set({ title: data.title, body: data.body, updatedAt: new Date() })
      .where(eq(savedReplies.id, data.id))
      .returning(columns);
    if (!updated) throw notFound('No such saved reply.');
    await auditShared(tx, actor, updated, 'updated', before.title);
    return toRow(actor, updated);
  });
}

export async function deleteSavedReply(actor: Actor, input: unknown): Promise<{ id: string; title: string }> {
  assertStaff(actor);
  const { id } = parseInput(savedReplyIdSchema, input);
  const db = await getDb();
  return db.transaction(async (tx) => {
    const before = await findForUpdate(tx, actor, id);
    await tx.delete(savedReplies).where(eq(savedReplies.id, id));
    await auditShared(tx, actor, before, 'deleted', before.title);
    return { id, title: before.title };
  });
}
