import 'server-only';
import { and, asc, eq, ne, sql } from 'drizzle-orm';
import { getDb, type Transaction } from '@/db/client';
import { categories } from '@/db/schema';
import { recordAudit } from '@/lib/audit/record';
import type { Actor } from '@/lib/access/actor';
import { assertCan } from '@/lib/access/permissions';
import { AppError, FIELDS_INVALID_MESSAGE, type FieldErrors, notFound, parseInput } from '@/lib/errors';
import { writeUnderLock } from '@/lib/locked-write';
import { moveWithinList } from '@/lib/ordering';
import { firstFreeSlug, slugify } from '@/lib/slugify';
import { CATEGORY_LIMITS, categoryActiveSchema, categoryMoveSchema, categorySchema, categoryUpdateSchema } from './schemas';

export type CategoryAdminRow = { id: string; name: string; slug: string; position: number; active: boolean };

const columns = { id: categories.id, name: categories.name, slug: categories.slug, position: categories.position, active: categories.active };
const inOrder = [asc(categories.position), asc(categories.name), asc(categories.id)];

/** All categories, deactivated ones included, in the order forms show them. */
export async function listCategoriesForAdmin(actor: Actor): Promise<CategoryAdminRow[]> {
  assertCan(actor, 'category:manage');
  const db = await getDb();
  return db.select(columns).from(categories).orderBy(...inOrder);
}

const begin = <T>(work: (tx: Transaction) => Promise<T>) => writeUnderLock('categories', 'Another category took this name or address a moment ago; please try again.', work);

const fieldError = (fields: FieldErrors) => new AppError('validation', FIELDS_INVALID_MESSAGE, { fields });

/** Names are unique whatever their case; an explicit slug must be free, a generated one is made free. */
async function claimNameAndSlug(tx: Transaction, name: string, slug: string | undefined, exceptId?: string): Promise<string> {
  const others = exceptId ? ne(categories.id, exceptId) : undefined;
  const [sameName] = await tx
    .select({ id: categories.id })
    .from(categories)
    .where(and(eq(sql`lower(${categories.name})`, name.toLowerCase()), others))
    .limit(1);
  if (sameName) throw fieldError({ name: ['A category with this name already exists.'] });
  const taken = new Set((await tx.select({ slug: categories.slug }).from(categories).where(others)).map((row) => row.slug));
  if (slug) {
    if (taken.has(slug)) throw fieldError({ slug: ['Another category already uses this address.'] });
    return slug;
  }
  return firstFreeSlug(slugify(name, CATEGORY_LIMITS.slug, 'category'), taken, CATEGORY_LIMITS.slug);
}

async function findForUpdate(tx: Transaction, id: string): Promise<CategoryAdminRow> {
  const [row] = await tx.select(columns).from(categories).where(eq(categories.id, id)).for('update');
  if (!row) throw notFound('No such category.');
  return row;
}

export async function createCategory(actor: Actor, input: unknown): Promise<CategoryAdminRow> {
  assertCan(actor, 'category:manage');
  const data = parseInput(categorySchema, input);
  return begin(async (tx) => {
    const slug = await claimNameAndSlug(tx, data.name, data.slug);
    const [last] = await tx.select({ max: sql<number>`coalesce(max(${categories.position}), 0)::int` }).from(categories);
    const [created] = await tx
      .insert(categories)
      .values({ name: data.name, slug, position: (last?.max ?? 0) + 1 })
      .returning(columns);
    if (!created) throw new Error('insert returned no row');
    await recordAudit(tx, actor, {
      kind: 'category_changed',
      subjectType: 'category',
      subjectId: created.id,
      subjectLabel: created.name,
      to: created.name,
      detail: { action: 'created', slug },
    });
    return created;
  });
}

/** Renames a category or changes its address; its tickets and articles follow, being linked by id. */
export async function updateCategory(actor: Actor, input: unknown): Promise<CategoryAdminRow> {
  assertCan(actor, 'category:manage');
  const data = parseInput(categoryUpdateSchema, input);
  return begin(async (tx) => {
    const before = await findForUpdate(tx, data.id);
    const slug = await claimNameAndSlug(tx, data.name, data.slug, data.id);
    if (before.name === data.name && before.slug === slug) return before;
    const [updated] = await tx.update(categories).set({ name: data.name, slug }).where(eq(categories.id, data.id)).returning(columns);
    if (!updated) throw notFound('No such category.');
    await recordAudit(tx, actor, {
      kind: 'category_changed',
      subjectType: 'category',
      subjectId: updated.id,
      subjectLabel: updated.name,
      from: before.name,
      to: updated.name,
      detail: { action: 'renamed', ...(before.slug !== slug ? { fromSlug: before.slug, toSlug: slug } : {}) },
    });
    return updated;
  });
}

export async function moveCategory(actor: Actor, input: unknown): Promise<{ moved: boolean }> {
  assertCan(actor, 'category:manage');
  const { id, direction } = parseInput(categoryMoveSchema, input);
  return begin(async (tx) => {
    const before = await findForUpdate(tx, id);
    const moved = await moveWithinList(tx, { table: categories, id: categories.id, position: categories.position, orderBy: inOrder }, id, direction);
    if (!moved) return { moved: false };
    await recordAudit(tx, actor, {
      kind: 'category_changed',
      subjectType: 'category',
      subjectId: id,
      subjectLabel: before.name,
      from: String(moved.from),
      to: String(moved.to),
      detail: { action: 'moved', direction },
    });
    return { moved: true };
  });
}

/**
 * Hides a category from every form, or brings it back. Its tickets keep it. The last active
 * category stays, or no one could send a request.
 */
export async function setCategoryActive(actor: Actor, input: unknown): Promise<CategoryAdminRow> {
  assertCan(actor, 'category:manage');
  const { id, active } = parseInput(categoryActiveSchema, input);
  return begin(async (tx) => {
    const before = await findForUpdate(tx, id);
    if (before.active === active) return before;
    if (!active) {
      const [others] = await tx
        .select({ count: sql<number>`count(*)::int` })
        .from(categories)
        .where(and(eq(categories.active, true), ne(categories.id, id)));
      if (!others?.count) throw new AppError('conflict', 'At least one category must stay active, or the contact form would offer none.');
    }
    const [updated] = await tx.update(categories).set({ active }).where(eq(categories.id, id)).returning(columns);
    if (!updated) throw notFound('No such category.');
    await recordAudit(tx, actor, {
      kind: 'category_changed',
      subjectType: 'category',
      subjectId: id,
      subjectLabel: before.name,
      from: before.active ? 'active' : 'inactive',
      to: active ? 'active' : 'inactive',
      detail: { action: active ? 'reactivated' : 'deactivated' },
    });
    return updated;
  });
}
