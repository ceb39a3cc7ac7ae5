import 'server-only';
import { and, asc, eq, isNull, like, sql } from 'drizzle-orm';
import { getDb, type Transaction } from '@/db/client';
import { auditEvents, categories, faqArticles } from '@/db/schema';
import { recordAudit } from '@/lib/audit/record';
import type { Actor } from '@/lib/access/actor';
import { assertCan } from '@/lib/access/permissions';
import { AppError, FIELDS_INVALID_MESSAGE, notFound, parseInput } from '@/lib/errors';
import { writeUnderLock } from '@/lib/locked-write';
import { moveWithinList } from '@/lib/ordering';
import { firstFreeSlug, slugify } from '@/lib/slugify';
import { FAQ_LIMITS, faqArticleSchema, faqIdSchema, faqMoveSchema, faqPublishSchema, faqUpdateSchema } from './schemas';

export type FaqAdminRow = {
  id: string;
  slug: string;
  question: string;
  published: boolean;
  position: number;
  categoryId: string | null;
  categoryName: string | null;
  updatedAt: Date;
};

export type FaqArticleView = FaqAdminRow & { answer: string; createdAt: Date; categoryActive: boolean | null };

const rowColumns = {
  id: faqArticles.id,
  slug: faqArticles.slug,
  question: faqArticles.question,
  published: faqArticles.published,
  position: faqArticles.position,
  categoryId: faqArticles.categoryId,
  categoryName: categories.name,
  updatedAt: faqArticles.updatedAt,
};

/** Every article, drafts included, grouped by category in the admins' order. */
export async function listFaqForAdmin(actor: Actor): Promise<FaqAdminRow[]> {
  assertCan(actor, 'faq:manage');
  const db = await getDb();
  return db
    .select(rowColumns)
    .from(faqArticles)
    .leftJoin(categories, eq(categories.id, faqArticles.categoryId))
    .orderBy(sql`${categories.position} asc nulls last`, asc(categories.name), asc(faqArticles.position), asc(faqArticles.question), asc(faqArticles.id));
}

export async function getFaqArticle(actor: Actor, input: unknown): Promise<FaqArticleView> {
  assertCan(actor, 'faq:manage');
  const parsed = faqIdSchema.safeParse(input);
  if (!parsed.success) throw notFound('No such article.');
  const db = await getDb();
  const [row] = await db
    .select({ ...rowColumns, answer: faqArticles.answer, createdAt: faqArticles.createdAt, categoryActive: categories.active })
    .from(faqArticles)
    .leftJoin(categories, eq(categories.id, faqArticles.categoryId))
    .where(eq(faqArticles.id, parsed.data.id))
    .limit(1);
  if (!row) throw notFound('No such article.');
  return row;
}

const begin = <T>(work: (tx: Transaction) => Promise<T>) => writeUnderLock('faq', 'Another article took this address a moment ago; please save again.', work);

async function freeSlug(tx: Transaction, question: string, exceptId?: string): Promise<string> {
  const base = slugify(question, FAQ_LIMITS.slug - 10, 'article');
  const rows = await tx
    .select({ id: faqArticles.id, slug: faqArticles.slug })
    .from(faqArticles)
    .where(like(faqArticles.slug, `${base.slice(0, FAQ_LIMITS.slug - 20)}%`));
  const taken = new Set(rows.filter((row) => row.id !== exceptId).map((row) => row.slug));
  return firstFreeSlug(base, taken, FAQ_LIMITS.slug);
}

async function checkCategory(tx: Transaction, categoryId: string, currentId?: string | null): Promise<void> {
  const [category] = await tx
    .select({ active: categories.active })
    .from(categories)
    .where(eq(categories.id, categoryId))
    .limit(1);
  // A deactivated category stays valid for the articles that already have it.
  if (!category || (!category.active && categoryId !== currentId)) {
    throw new AppError('validation', FIELDS_INVALID_MESSAGE, { fields: { categoryId: ['Choose a category from the list.'] } });
  }
}

const inGroup = (categoryId: string | null) =>
  categoryId ? eq(faqArticles.categoryId, categoryId) : isNull(faqArticles.categoryId);

async function nextPosition(tx: Transaction, categoryId: string): Promise<number> {
  const [row] = await tx
    .select({ max: sql<number>`coalesce(max(${faqArticles.position}), 0)::int` })
    .from(faqArticles)
    .where(inGroup(categoryId));
  return (row?.max ?? 0) + 1;
}

type Found = { id: string; question: string; published: boolean; categoryId: string | null; position: number };

async function findForUpdate(tx: Transaction, id: string): Promise<Found> {
  const [row] = await tx
    .select({
      id: faqArticles.id,
      question: faqArticles.question,
      published: faqArticles.published,
      categoryId: faqArticles.categoryId,
      position: faqArticles.position,
    })
    .from(faqArticles)
    .where(eq(faqArticles.id, id))
    .for('update');
  if (!row) throw notFound('No such article.');
  return row;
}

export async function createFaqArticle(actor: Actor, input: unknown): Promise<{ id: string; slug: string }> {
  assertCan(actor, 'faq:manage');
  const data = parseInput(faqArticleSchema, input);
  return begin(async (tx) => {
    await checkCategory(tx, data.categoryId);
    const slug = await freeSlug(tx, data.question);
    const [created] = await tx
      .insert(faqArticles)
      .values({
        slug,
        question: data.question,
        answer: data.answer,
        categoryId: data.categoryId,
        published: data.visibility === 'published',
        position: await nextPosition(tx, data.categoryId),
      })
      .returning({ id: faqArticles.id, slug: faqArticles.slug });
    if (!created) throw new Error('insert returned no row');
    await recordAudit(tx, actor, {
      kind: 'faq_changed',
      subjectType: 'faq',
      subjectId: created.id,
      subjectLabel: data.question,
      to: data.visibility,
      detail: { action: 'created', slug },
    });
    return created;
  });
}

/**
 * Saves an edit. The slug follows the question only while the article has never been
 * published, so a link someone saved keeps working.
 */
export async function updateFaqArticle(actor: Actor, input: unknown): Promise<{ id: string; slug: string }> {
  assertCan(actor, 'faq:manage');
  const data = parseInput(faqUpdateSchema, input);
  return begin(async (tx) => {
    const before = await findForUpdate(tx, data.id);
    await checkCategory(tx, data.categoryId, before.categoryId);
    const [history] = await tx
      .select({ id: auditEvents.id })
      .from(auditEvents)
      .where(and(eq(auditEvents.subjectType, 'faq'), eq(auditEvents.subjectId, data.id), eq(auditEvents.toValue, 'published')))
      .limit(1);
    const published = data.visibility === 'published';
    const neverPublic = !before.published && !history;
    const slugChange = neverPublic && data.question !== before.question ? { slug: await freeSlug(tx, data.question, data.id) } : {};
    const moved = data.categoryId !== before.categoryId;
    const [updated] = await tx
      .update(faqArticles)
      .set({
        question: data.question,
        answer: data.answer,
        categoryId: data.categoryId,
        published,
        ...slugChange,
        ...(moved ? { position: await nextPosition(tx, data.categoryId) } : {}),
        updatedAt: new Date(),
      })
      .where(eq(faqArticles.id, data.id))
      .returning({ id: faqArticles.id, slug: faqArticles.slug });
    if (!updated) throw notFound('No such article.');
    await recordAudit(tx, actor, {
      kind: 'faq_changed',
      subjectType: 'faq',
      subjectId: data.id,
      subjectLabel: data.question,
      from: before.published ? 'published' : 'draft',
      to: data.visibility,
      detail: { action: 'updated', ...(before.question !== data.question ? { previousQuestion: before.question } : {}), slug: updated.slug },
    });
    return updated;
  });
}

export async function setFaqPublished(actor: Actor, input: unknown): Promise<{ id: string; published: boolean }> {
  assertCan(actor, 'faq:manage');
  const { id, published } = parseInput(faqPublishSchema, input);
  return begin(async (tx) => {
    const before = await findForUpdate(tx, id);
    if (before.published === published) return { id, published };
    await tx.update(faqArticles).set({ published, updatedAt: new Date() }).where(eq(faqArticles.id, id));
    await recordAudit(tx, actor, {
      kind: 'faq_changed',
      subjectType: 'faq',
      subjectId: id,
      subjectLabel: before.question,
      from: before.published ? 'published' : 'draft',
      to: published ? 'published' : 'draft',
      detail: { action: published ? 'published' : 'unpublished' },
    });
    return { id, published };
  });
}

/** Swaps an article with its neighbour within its category; at either end it stays put. */
export async function moveFaqArticle(actor: Actor, input: unknown): Promise<{ moved: boolean }> {
  assertCan(actor, 'faq:manage');
  const { id, direction } = parseInput(faqMoveSchema, input);
  return begin(async (tx) => {
    const before = await findForUpdate(tx, id);
    const moved = await moveWithinList(
      tx,
      {
        table: faqArticles,
        id: faqArticles.id,
        position: faqArticles.position,
        where: inGroup(before.categoryId),
        orderBy: [asc(faqArticles.position), asc(faqArticles.question), asc(faqArticles.id)],
      },
      id,
      direction,
    );
    if (!moved) return { moved: false };
    await recordAudit(tx, actor, {
      kind: 'faq_changed',
      subjectType: 'faq',
      subjectId: id,
      subjectLabel: before.question,
      from: String(moved.from),
      to: String(moved.to),
      detail: { action: 'moved', direction },
    });
    return { moved: true };
  });
}

export async function deleteFaqArticle(actor: Actor, input: unknown): Promise<{ id: string }> {
  assertCan(actor, 'faq:manage');
  const { id } = parseInput(faqIdSchema, input);
  return begin(async (tx) => {
    const before = await findForUpdate(tx, id);
    await tx.delete(faqArticles).where(eq(faqArticles.id, id));
    await recordAudit(tx, actor, {
      kind: 'faq_changed',
      subjectType: 'faq',
      subjectId: id,
      subjectLabel: before.question,
      from: before.published ? 'published' : 'draft',
      to: 'deleted',
      detail: { action: 'deleted' },
    });
    return { id };
  });
}
