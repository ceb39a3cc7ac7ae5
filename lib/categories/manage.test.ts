import { and, asc, eq, ne } from 'drizzle-orm';
import { beforeAll, describe, expect, it } from 'vitest';
import { getDb } from '@/db/client';
import { auditEvents, categories } from '@/db/schema';
import { anonymous, type UserActor } from '@/lib/access/actor';
import { AppError } from '@/lib/errors';
import { contactInput, makeUser } from '@/lib/testing/fixtures';
import { createTicket } from '@/lib/tickets/create-ticket';
import { getTicket } from '@/lib/tickets/read-ticket';
import { listActiveCategories } from './list';
import { createCategory, listCategoriesForAdmin, moveCategory, setCategoryActive, updateCategory } from './manage';

let admin: UserActor;
let agent: UserActor;

beforeAll(async () => {
  admin = await makeUser('admin', 'approved');
  agent = await makeUser('agent', 'approved');
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

async function categoryEvents(id: string) {
  const db = await getDb();
  return db
    .select({ actorId: auditEvents.actorId, from: auditEvents.fromValue, to: auditEvents.toValue, detail: auditEvents.detail })
    .from(auditEvents)
    .where(and(eq(auditEvents.subjectId, id), eq(auditEvents.kind, 'category_changed')))
    .orderBy(asc(auditEvents.createdAt));
}

describe('createCategory', () => {
  it('adds a category at the end, with an address made from its name, offered by the forms at once', async () => {
    const created = await createCategory(admin, { name: '  Returns & exchanges ' });
    expect(created).toMatchObject({ name: 'Returns & exchanges', slug: 'returns-and-exchanges', active: true });
    const all = await listCategoriesForAdmin(admin);
    expect(all.at(-1)?.id).toBe(created.id);
    expect((await listActiveCategories()).at(-1)).toEqual({ slug: 'returns-and-exchanges', name: 'Returns & exchanges' });
    expect(await categoryEvents(created.id)).toEqual([
      { actorId: admin.id, from: null, to: 'Returns & exchanges', detail: { action: 'created', slug: 'returns-and-exchanges' } },
    ]);
  });

  it('answers a name taken in any case as a name error, a taken address as an address error', async () => {
    expect(await fieldsOf(createCategory(admin, { name: 'BILLING' }))).toEqual({ name: ['A category with this name already exists.'] });
    expect(await fieldsOf(createCategory(admin, { name: 'Invoices', slug: 'billing' }))).toEqual({
      slug: ['Another category already uses this address.'],
    });
  });

  it('makes a generated address free with a number when another name already made it', async () => {
    const created = await createCategory(admin, { name: 'Billing!' });
    expect(created.slug).toBe('billing-2');
  });

  it.each([
    ['a name under 2 characters', { name: 'X' }, 'name'],
    ['a name over 80 characters', { name: 'n'.repeat(81) }, 'name'],
    ['an address with spaces', { name: 'Partners', slug: 'our partners' }, 'slug'],
    ['an address over 80 characters', { name: 'Partners', slug: 'p'.repeat(81) }, 'slug'],
  ])('refuses %s', async (_label, input, field) => {
    expect(Object.keys(await fieldsOf(createCategory(admin, input)))).toEqual([field]);
  });
});

describe('updateCategory', () => {
  it('renames a category; its tickets show the new name', async () => {
    const category = await createCategory(admin, { name: 'Hardware' });
    const ticket = await createTicket(anonymous, contactInput({ category: 'hardware' }));
    const renamed = await updateCategory(admin, { id: category.id, name: 'Devices', slug: 'devices' });
    expect(renamed).toMatchObject({ name: 'Devices', slug: 'devices' });
    expect((await getTicket(agent, { number: ticket.number })).category).toBe('Devices');
    expect((await categoryEvents(category.id)).at(-1)).toMatchObject({
      from: 'Hardware',
      to: 'Devices',
      detail: { action: 'renamed', fromSlug: 'hardware', toSlug: 'devices' },
    });
  });

  it('keeps its own name and address free for itself, and refuses another category’s', async () => {
    const category = await createCategory(admin, { name: 'Security' });
    await expect(updateCategory(admin, { id: category.id, name: 'security', slug: 'security' })).resolves.toMatchObject({ name: 'security' });
    expect(Object.keys(await fieldsOf(updateCategory(admin, { id: category.id, name: 'Technical', slug: 'security' })))).toEqual(['name']);
    expect(Object.keys(await fieldsOf(updateCategory(admin, { id: category.id, name: 'Security', slug: 'technical' })))).toEqual(['slug']);
  });

  it('answers not_found for a category that does not exist', async () => {
    await expect(updateCategory(admin, { id: '00000000-0000-4000-8000-000000000000', name: 'Ghost' })).rejects.toMatchObject({ code: 'not_found' });
  });
});

describe('setCategoryActive', () => {
  it('hides a deactivated category from the forms while its tickets keep it, and brings it back', async () => {
    const category = await createCategory(admin, { name: 'Legacy plans' });
    const ticket = await createTicket(anonymous, contactInput({ category: 'legacy-plans' }));
    await setCategoryActive(admin, { id: category.id, active: 'false' });

    expect((await listActiveCategories()).map((c) => c.slug)).not.toContain('legacy-plans');
    expect((await listCategoriesForAdmin(admin)).find((c) => c.id === category.id)?.active).toBe(false);
    expect((await getTicket(agent, { number: ticket.number })).category).toBe('Legacy plans');
    const refused = await fieldsOf(createTicket(anonymous, contactInput({ category: 'legacy-plans' })));
    expect(Object.keys(refused)).toEqual(['category']);

    await setCategoryActive(admin, { id: category.id, active: true });
    expect((await listActiveCategories()).map((c) => c.slug)).toContain('legacy-plans');
    expect((await categoryEvents(category.id)).slice(-2).map((e) => [e.from, e.to])).toEqual([
      ['active', 'inactive'],
      ['inactive', 'active'],
    ]);
  });

  it('keeps the last active category, or the contact form would offer none', async () => {
    const db = await getDb();
    const keep = await createCategory(admin, { name: 'Only one left' });
    await db.update(categories).set({ active: false }).where(ne(categories.id, keep.id));
    const error = await setCategoryActive(admin, { id: keep.id, active: false }).catch((e: unknown) => e);
    expect(error).toMatchObject({ code: 'conflict' });
    expect((await listActiveCategories()).map((c) => c.slug)).toEqual(['only-one-left']);
    await db.update(categories).set({ active: true });
  });
});

describe('moveCategory', () => {
  it('reorders the categories that the forms offer and stays put at either end', async () => {
    const before = (await listCategoriesForAdmin(admin)).map((c) => c.id);
    const [first, second] = before as [string, string];
    const last = before.at(-1)!;
    expect(await moveCategory(admin, { id: first, direction: 'up' })).toEqual({ moved: false });
    expect(await moveCategory(admin, { id: last, direction: 'down' })).toEqual({ moved: false });
    expect(await moveCategory(admin, { id: second, direction: 'up' })).toEqual({ moved: true });

    const after = await listCategoriesForAdmin(admin);
    expect(after.map((c) => c.id)).toEqual([second, first, ...before.slice(2)]);
    expect(after.map((c) => c.position)).toEqual(after.map((_c, i) => i + 1));
    const active = await listActiveCategories();
    expect(active.map((c) => c.slug).slice(0, 2)).toEqual(after.slice(0, 2).map((c) => c.slug));
    expect((await categoryEvents(second)).at(-1)).toMatchObject({ from: '2', to: '1', detail: { action: 'moved', direction: 'up' } });
  });
  it('writes the whole order afresh, so tied positions come out as 1…n', async () => {
    const db = await getDb();
    await db.update(categories).set({ position: 5 });
    const tied = (await listCategoriesForAdmin(admin)).map((c) => c.id);
    expect(await moveCategory(admin, { id: tied[2]!, direction: 'up' })).toEqual({ moved: true });
    const after = await listCategoriesForAdmin(admin);
    expect(after.map((c) => c.id)).toEqual([tied[0], tied[2], tied[1], ...tied.slice(3)]);
    expect(after.map((c) => c.position)).toEqual(after.map((_c, i) => i + 1));
  });
});
