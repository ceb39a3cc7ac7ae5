import { randomUUID } from 'node:crypto';
import { beforeAll, describe, expect, it, vi } from 'vitest';
import { type Actor, anonymous, type UserActor } from '@/lib/access/actor';
import { callApi } from '@/lib/api/testing/api-client';
import { createApiToken } from '@/lib/api-tokens/manage';
import { listAuditLog } from '@/lib/audit/list-audit';
import { makeUser } from '@/lib/testing/fixtures';
import { POST as MOVE_CATEGORY } from '../categories/[id]/move/route';
import { PATCH as PATCH_CATEGORY } from '../categories/[id]/route';
import { GET as LIST_CATEGORIES, POST as CREATE_CATEGORY } from '../categories/route';
import { POST as MOVE } from './[id]/move/route';
import { DELETE, GET as READ, PATCH } from './[id]/route';
import { GET as LIST, POST as CREATE } from './route';

const session = vi.hoisted(() => ({ actor: undefined as Actor | undefined }));
vi.mock('@/lib/auth/session', () => ({ getActor: vi.fn(async () => session.actor) }));

const tag = randomUUID().slice(0, 8);
let admin: UserActor;
let adminToken: string;
let readToken: string;
const outsiders: string[] = [];
let categoryId: string;

beforeAll(async () => {
  admin = await makeUser('admin');
  adminToken = (await createApiToken(admin, { name: 'w', scopes: ['read', 'write'] })).token;
  readToken = (await createApiToken(admin, { name: 'r', scopes: ['read'] })).token;
  for (const user of [await makeUser('customer'), await makeUser('agent', 'pending'), await makeUser('agent')]) {
    outsiders.push((await createApiToken(user, { name: 'w', scopes: ['read', 'write'] })).token);
  }
  const created = await callApi({ handler: CREATE_CATEGORY, method: 'POST', template: '/api/v1/admin/categories', body: { name: `Returns ${tag}` }, token: adminToken });
  expect(created.status).toBe(201);
  categoryId = created.body.category.id;
});

const article = () => ({ question: `How do I return a parcel ${tag}?`, answer: 'Print the label from your account.', categoryId, visibility: 'draft' });

describe('FAQ articles over /api/v1/admin/faq', () => {
  it('creates, edits, publishes, moves and deletes an article, each change audited', async () => {
    const created = await callApi({ handler: CREATE, method: 'POST', template: '/api/v1/admin/faq', body: article(), token: adminToken });
    expect(created.status).toBe(201);
    const id = created.body.article.id;
    expect(created.body.article).toMatchObject({ published: false, categoryId });
    const params = { id };
    const edited = await callApi({ handler: PATCH, method: 'PATCH', template: '/api/v1/admin/faq/{id}', params, body: { answer: 'Print the label, then drop it off.' }, token: adminToken });
    expect(edited.body.article).toMatchObject({ answer: 'Print the label, then drop it off.', question: article().question, published: false });
    const published = await callApi({ handler: PATCH, method: 'PATCH', template: '/api/v1/admin/faq/{id}', params, body: { visibility: 'published' }, token: adminToken });
    expect(published.body.article.published).toBe(true);
    const move = await callApi({ handler: MOVE, method: 'POST', template: '/api/v1/admin/faq/{id}/move', params, body: { direction: 'up' }, token: adminToken });
    expect(move.body).toEqual({ moved: false });
    const listed = await callApi({ handler: LIST, method: 'GET', template: '/api/v1/admin/faq', token: readToken });
    expect(listed.body.data.some((row: { id: string }) => row.id === id)).toBe(true);
    expect((await callApi({ handler: DELETE, method: 'DELETE', template: '/api/v1/admin/faq/{id}', params, token: adminToken })).body).toEqual({ deleted: { id } });
    expect((await callApi({ handler: READ, method: 'GET', template: '/api/v1/admin/faq/{id}', params, token: readToken })).status).toBe(404);

    const log = await listAuditLog(admin, { actor: admin.id, kind: 'audit.faq_changed' });
    expect(log.entries.filter((entry) => entry.subjectId === id).length).toBeGreaterThanOrEqual(4);
  });

  it('answers 422 with fields, 404 for an unknown id, 403 to a read-only token and to non-admins, 401 anonymous', async () => {
    const invalid = await callApi({ handler: CREATE, method: 'POST', template: '/api/v1/admin/faq', body: { ...article(), question: 'Hm', visibility: 'secret' }, token: adminToken });
    expect(invalid.status).toBe(422);
    expect(Object.keys(invalid.body.error.fields).sort()).toEqual(['question', 'visibility']);
    const unknown = { id: randomUUID() };
    expect((await callApi({ handler: PATCH, method: 'PATCH', template: '/api/v1/admin/faq/{id}', params: unknown, body: { answer: 'x' }, token: adminToken })).status).toBe(404);
    expect((await callApi({ handler: CREATE, method: 'POST', template: '/api/v1/admin/faq', body: article(), token: readToken })).status).toBe(403);
    for (const token of outsiders) {
      expect((await callApi({ handler: LIST, method: 'GET', template: '/api/v1/admin/faq', token })).status).toBe(403);
      expect((await callApi({ handler: CREATE, method: 'POST', template: '/api/v1/admin/faq', body: article(), token })).status).toBe(403);
    }
    session.actor = anonymous;
    expect((await callApi({ handler: LIST, method: 'GET', template: '/api/v1/admin/faq' })).status).toBe(401);
  });
});

describe('categories over /api/v1/admin/categories', () => {
  it('renames, deactivates, reactivates and moves a category', async () => {
    const params = { id: categoryId };
    const renamed = await callApi({ handler: PATCH_CATEGORY, method: 'PATCH', template: '/api/v1/admin/categories/{id}', params, body: { name: `Refunds ${tag}` }, token: adminToken });
    expect(renamed.body.category.name).toBe(`Refunds ${tag}`);
    const off = await callApi({ handler: PATCH_CATEGORY, method: 'PATCH', template: '/api/v1/admin/categories/{id}', params, body: { active: false }, token: adminToken });
    expect(off.body.category).toMatchObject({ active: false, name: `Refunds ${tag}` });
    const on = await callApi({ handler: PATCH_CATEGORY, method: 'PATCH', template: '/api/v1/admin/categories/{id}', params, body: { active: true }, token: adminToken });
    expect(on.body.category.active).toBe(true);
    const move = await callApi({ handler: MOVE_CATEGORY, method: 'POST', template: '/api/v1/admin/categories/{id}/move', params, body: { direction: 'down' }, token: adminToken });
    expect(move.body).toEqual({ moved: false });
    const listed = await callApi({ handler: LIST_CATEGORIES, method: 'GET', template: '/api/v1/admin/categories', token: readToken });
    expect(listed.body.data.at(-1).id).toBe(categoryId);
  });

  it('answers 422 with fields, 404 for an unknown id, 403 to non-admins and a read-only token', async () => {
    const invalid = await callApi({ handler: CREATE_CATEGORY, method: 'POST', template: '/api/v1/admin/categories', body: { name: 'x', slug: 'Not A Slug!' }, token: adminToken });
    expect(invalid.status).toBe(422);
    expect(Object.keys(invalid.body.error.fields).sort()).toEqual(['name', 'slug']);
    const unknown = { id: randomUUID() };
    expect((await callApi({ handler: PATCH_CATEGORY, method: 'PATCH', template: '/api/v1/admin/categories/{id}', params: unknown, body: { active: true }, token: adminToken })).status).toBe(404);
    for (const token of [...outsiders, readToken]) {
      expect((await callApi({ handler: CREATE_CATEGORY, method: 'POST', template: '/api/v1/admin/categories', body: { name: `Other ${tag}` }, token })).status).toBe(403);
    }
  });
});

describe('admin writes refused before the body is read', () => {
  type Write = { name: string; call: (body: unknown, token: string) => ReturnType<typeof callApi> };
  const writes = (): Write[] => [
    { name: 'create article', call: (body, token) => callApi({ handler: CREATE, method: 'POST', template: '/api/v1/admin/faq', body, token }) },
    { name: 'edit article', call: (body, token) => callApi({ handler: PATCH, method: 'PATCH', template: '/api/v1/admin/faq/{id}', params: { id: randomUUID() }, body, token }) },
    { name: 'move article', call: (body, token) => callApi({ handler: MOVE, method: 'POST', template: '/api/v1/admin/faq/{id}/move', params: { id: randomUUID() }, body, token }) },
    { name: 'create category', call: (body, token) => callApi({ handler: CREATE_CATEGORY, method: 'POST', template: '/api/v1/admin/categories', body, token }) },
    { name: 'edit category', call: (body, token) => callApi({ handler: PATCH_CATEGORY, method: 'PATCH', template: '/api/v1/admin/categories/{id}', params: { id: categoryId }, body, token }) },
    { name: 'move category', call: (body, token) => callApi({ handler: MOVE_CATEGORY, method: 'POST', template: '/api/v1/admin/categories/{id}/move', params: { id: categoryId }, body, token }) },
  ];

  it('answers 403 to non-admins whatever they send: a body an admin would get 422 for, or one that is not JSON', async () => {
    for (const write of writes()) {
      for (const body of [{ question: 'Hm', name: 'x', direction: 'sideways', visibility: 'secret' }, '{"name":']) {
        for (const token of outsiders) expect((await write.call(body, token)).status, `${write.name} ${JSON.stringify(body)}`).toBe(403);
      }
    }
  });
});
