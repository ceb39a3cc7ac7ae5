import { and, asc, eq } from 'drizzle-orm';
import { beforeAll, describe, expect, it } from 'vitest';
import { getDb } from '@/db/client';
import { auditEvents, categories, faqArticles } from '@/db/schema';
import type { UserActor } from '@/lib/access/actor';
import { setCategoryActive } from '@/lib/categories/manage';
import { AppError } from '@/lib/errors';
import { slugify } from '@/lib/slugify';
import { makeUser } from '@/lib/testing/fixtures';
import {
  createFaqArticle,
  deleteFaqArticle,
  getFaqArticle,
  listFaqForAdmin,
  moveFaqArticle,
  setFaqPublished,
  updateFaqArticle,
} from './manage';

let admin: UserActor;
let billing: string;
let account: string;

beforeAll(async () => {
  admin = await makeUser('admin', 'approved');
  const db = await getDb();
  const rows = await db.select({ id: categories.id, slug: categories.slug }).from(categories);
  billing = rows.find((r) => r.slug === 'billing')!.id;
  account = rows.find((r) => r.slug === 'account')!.id;
});

const article = (overrides: Record<string, unknown> = {}) => ({
  question: 'How do I download an invoice?',
  answer: 'Open Billing, then Invoices.\n\nEach one has a PDF link.',
  categoryId: billing,
  visibility: 'draft',
  ...overrides,
});

async function fieldsOf(promise: Promise<unknown>): Promise<Record<string, string[]>> {
  const error = await promise.then(
    () => null,
    (e: unknown) => e,
  );
  expect(error).toBeInstanceOf(AppError);
  expect((error as AppError).code).toBe('validation');
  return (error as AppError).fields ?? {};
}

async function faqEvents(id: string) {
  const db = await getDb();
  return db
    .select({ actorId: auditEvents.actorId, from: auditEvents.fromValue, to: auditEvents.toValue, detail: auditEvents.detail })
    .from(auditEvents)
    .where(and(eq(auditEvents.subjectId, id), eq(auditEvents.kind, 'faq_changed')))
    .orderBy(asc(auditEvents.createdAt));
}

async function questionsIn(categoryId: string): Promise<string[]> {
  return (await listFaqForAdmin(admin)).filter((row) => row.categoryId === categoryId).map((row) => row.question);
}

describe('slugs', () => {
  it('are made from the question, accents folded, and made unique with a number', async () => {
    const first = await createFaqArticle(admin, article({ question: 'Où est ma commande ?' }));
    const second = await createFaqArticle(admin, article({ question: 'Où est ma commande?!' }));
    const third = await createFaqArticle(admin, article({ question: 'OÙ EST MA COMMANDE' }));
    expect([first.slug, second.slug, third.slug]).toEqual(['ou-est-ma-commande', 'ou-est-ma-commande-2', 'ou-est-ma-commande-3']);
    expect((await createFaqArticle(admin, article({ question: '配送はいつですか' }))).slug).toBe('article');
  });

  it('stay within the column for the longest question', () => {
    const slug = slugify('word '.repeat(60), 110, 'article');
    expect(slug.length).toBeLessThanOrEqual(110);
    expect(slug.endsWith('-')).toBe(false);
  });

  it('follow an edited question until the article is first published, then stay put', async () => {
    const { id, slug } = await createFaqArticle(admin, article({ question: 'Can I change my plan?' }));
    expect(slug).toBe('can-i-change-my-plan');
    const renamed = await updateFaqArticle(admin, { ...article({ question: 'Can I switch plans mid-month?' }), id });
    expect(renamed.slug).toBe('can-i-switch-plans-mid-month');

    await setFaqPublished(admin, { id, published: true });
    await setFaqPublished(admin, { id, published: false });
    const kept = await updateFaqArticle(admin, { ...article({ question: 'How do plan changes work?' }), id });
    expect(kept.slug).toBe('can-i-switch-plans-mid-month');
  });
});

describe('createFaqArticle and updateFaqArticle', () => {
  it('saves a draft or a published article at the end of its category, and records who did it', async () => {
    const before = await questionsIn(account);
    const draft = await createFaqArticle(admin, article({ question: 'How do I close my account?', categoryId: account }));
    const live = await createFaqArticle(admin, article({ question: 'How do I add a colleague?', categoryId: account, visibility: 'published' }));
    expect(await questionsIn(account)).toEqual([...before, 'How do I close my account?', 'How do I add a colleague?']);
    expect((await getFaqArticle(admin, { id: draft.id })).published).toBe(false);
    expect((await getFaqArticle(admin, { id: live.id })).published).toBe(true);
    expect(await faqEvents(live.id)).toEqual([
      { actorId: admin.id, from: null, to: 'published', detail: { action: 'created', slug: live.slug } },
    ]);
  });

  it('moves an edited article to the end of its new category', async () => {
    const { id } = await createFaqArticle(admin, article({ question: 'Where is the billing address set?' }));
    await updateFaqArticle(admin, { ...article({ question: 'Where is the billing address set?', categoryId: account }), id });
    expect((await questionsIn(account)).at(-1)).toBe('Where is the billing address set?');
    expect(await questionsIn(billing)).not.toContain('Where is the billing address set?');
  });

  it.each([
    ['a question under 5 characters', { question: 'Why' }, 'question'],
    ['a question over 200 characters', { question: 'q'.repeat(201) }, 'question'],
    ['an empty answer', { answer: '   ' }, 'answer'],
    ['an answer over 20,000 characters', { answer: 'a'.repeat(20_001) }, 'answer'],
    ['no category', { categoryId: '' }, 'categoryId'],
    ['an unknown category', { categoryId: '00000000-0000-4000-8000-000000000000' }, 'categoryId'],
    ['an unknown visibility', { visibility: 'secret' }, 'visibility'],
  ])('refuses %s with an error on that field', async (_label, overrides, field) => {
    expect(Object.keys(await fieldsOf(createFaqArticle(admin, article(overrides))))).toEqual([field]);
  });

  it('offers a deactivated category to the articles that have it, and to no new one', async () => {
    const temp = await makeUser('admin', 'approved');
    const db = await getDb();
    const [other] = await db.select({ id: categories.id }).from(categories).where(eq(categories.slug, 'other'));
    const { id } = await createFaqArticle(temp, article({ question: 'Is there a student discount?', categoryId: other!.id }));
    await setCategoryActive(temp, { id: other!.id, active: false });
    await expect(updateFaqArticle(temp, { ...article({ question: 'Is there a discount for students?', categoryId: other!.id }), id })).resolves.toBeDefined();
    expect(Object.keys(await fieldsOf(createFaqArticle(temp, article({ categoryId: other!.id }))))).toEqual(['categoryId']);
    await setCategoryActive(temp, { id: other!.id, active: true });
  });

  it('answers not_found for an article that does not exist', async () => {
    const missing = '00000000-0000-4000-8000-000000000000';
    await expect(updateFaqArticle(admin, { ...article(), id: missing })).rejects.toMatchObject({ code: 'not_found' });
    await expect(getFaqArticle(admin, { id: missing })).rejects.toMatchObject({ code: 'not_found' });
    await expect(getFaqArticle(admin, { id: 'nope' })).rejects.toMatchObject({ code: 'not_found' });
  });
});

describe('publishing, reordering and deleting', () => {
  it('publishes and unpublishes, recording each change once', async () => {
    const { id } = await createFaqArticle(admin, article({ question: 'Do you send paper invoices?' }));
    await setFaqPublished(admin, { id, published: 'true' });
    await setFaqPublished(admin, { id, published: true });
    await setFaqPublished(admin, { id, published: 'false' });
    const events = await faqEvents(id);
    expect(events.map((e) => [e.from, e.to, e.detail?.action])).toEqual([
      [null, 'draft', 'created'],
      ['draft', 'published', 'published'],
      ['published', 'draft', 'unpublished'],
    ]);
  });

  it('moves an article up and down within its category and stays put at either end', async () => {
    const db = await getDb();
    const [group] = await db.insert(categories).values({ name: 'Shipping FAQ', slug: 'shipping-faq', position: 99 }).returning({ id: categories.id });
    const ids: string[] = [];
    for (const question of ['First question?', 'Second question?', 'Third question?']) {
      ids.push((await createFaqArticle(admin, article({ question, categoryId: group!.id }))).id);
    }
    const [first, second, third] = ids as [string, string, string];
    expect(await moveFaqArticle(admin, { id: third, direction: 'up' })).toEqual({ moved: true });
    expect(await questionsIn(group!.id)).toEqual(['First question?', 'Third question?', 'Second question?']);
    expect(await moveFaqArticle(admin, { id: first, direction: 'up' })).toEqual({ moved: false });
    expect(await moveFaqArticle(admin, { id: second, direction: 'down' })).toEqual({ moved: false });
    await moveFaqArticle(admin, { id: first, direction: 'down' });
    expect(await questionsIn(group!.id)).toEqual(['Third question?', 'First question?', 'Second question?']);
    expect((await faqEvents(first)).at(-1)).toMatchObject({ from: '1', to: '2', detail: { action: 'moved', direction: 'down' } });
    // Positions are rewritten 1…n, so ties from older data are repaired.
    const positions = await db.select({ p: faqArticles.position }).from(faqArticles).where(eq(faqArticles.categoryId, group!.id));
    expect(positions.map((r) => r.p).sort()).toEqual([1, 2, 3]);
  });

  it('deletes an article and keeps the record of it', async () => {
    const { id } = await createFaqArticle(admin, article({ question: 'Can I get a refund?', visibility: 'published' }));
    await deleteFaqArticle(admin, { id });
    await expect(getFaqArticle(admin, { id })).rejects.toMatchObject({ code: 'not_found' });
    expect((await faqEvents(id)).at(-1)).toMatchObject({ from: 'published', to: 'deleted', detail: { action: 'deleted' } });
    await expect(deleteFaqArticle(admin, { id })).rejects.toMatchObject({ code: 'not_found' });
  });
});
