import { randomUUID } from 'node:crypto';
import { beforeAll, describe, expect, it, vi } from 'vitest';
import { type Actor, anonymous } from '@/lib/access/actor';
import { callApi } from '@/lib/api/testing/api-client';
import { createApiToken } from '@/lib/api-tokens/manage';
import { makeUser } from '@/lib/testing/fixtures';
import { GET } from './route';

const session = vi.hoisted(() => ({ actor: undefined as Actor | undefined }));
vi.mock('@/lib/auth/session', () => ({ getActor: vi.fn(async () => session.actor) }));

const template = '/api/v1/users';
const tag = randomUUID().slice(0, 8);
let adminToken: string;
const outsiders: string[] = [];
const pendingIds: string[] = [];

beforeAll(async () => {
  const admin = await makeUser('admin');
  adminToken = (await createApiToken(admin, { name: 'r', scopes: ['read'] })).token;
  for (const user of [await makeUser('customer'), await makeUser('agent', 'pending'), await makeUser('agent')]) {
    outsiders.push((await createApiToken(user, { name: 'r', scopes: ['read'] })).token);
  }
  for (let i = 0; i < 3; i++) pendingIds.unshift((await makeUser('agent', 'pending', { name: `Applicant ${tag} ${i}` })).id);
  await makeUser('customer', null, { name: `Customer ${tag}` });
});

describe('GET /api/v1/users', () => {
  it('filters by q, role and status and follows nextCursor to the end, newest first', async () => {
    const seen: string[] = [];
    let cursor: string | undefined;
    do {
      const page = await callApi({ handler: GET, method: 'GET', template, query: { q: tag, role: 'agent', status: 'pending', limit: '2', cursor }, token: adminToken });
      expect(page.status).toBe(200);
      seen.push(...page.body.data.map((user: { id: string }) => user.id));
      cursor = page.body.nextCursor ?? undefined;
    } while (cursor);
    expect(seen).toEqual(pendingIds);
  });

  it('answers 400 to a foreign cursor and 422 with fields to bad filters', async () => {
    const bad = await callApi({ handler: GET, method: 'GET', template, query: { cursor: 'bm9wZQ' }, token: adminToken });
    expect(bad.status).toBe(400);
    const invalid = await callApi({ handler: GET, method: 'GET', template, query: { role: 'owner', limit: '500' }, token: adminToken });
    expect(invalid.status).toBe(422);
    expect(Object.keys(invalid.body.error.fields).sort()).toEqual(['limit', 'role']);
  });

  it('is for admins only', async () => {
    for (const token of outsiders) expect((await callApi({ handler: GET, method: 'GET', template, token })).status).toBe(403);
    session.actor = anonymous;
    expect((await callApi({ handler: GET, method: 'GET', template })).status).toBe(401);
  });
});
