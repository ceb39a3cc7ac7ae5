import { beforeEach, describe, expect, it, vi } from 'vitest';
import { type Actor, anonymous } from '@/lib/access/actor';
import { callApi } from '@/lib/api/testing/api-client';
import { createApiToken } from '@/lib/api-tokens/manage';
import { makeUser } from '@/lib/testing/fixtures';
import { DELETE } from './[id]/route';
import { GET, POST } from './route';

const session = vi.hoisted(() => ({ actor: undefined as Actor | undefined }));
vi.mock('@/lib/auth/session', () => ({ getActor: vi.fn(async () => session.actor) }));

const list = '/api/v1/tokens';
const one = '/api/v1/tokens/{id}';

beforeEach(() => {
  session.actor = anonymous;
});

describe('/api/v1/tokens with the browser session', () => {
  it('creates a token shown once, lists it without the secret, and revokes it at once', async () => {
    const user = await makeUser('customer');
    session.actor = user;
    const created = await callApi({ handler: POST, method: 'POST', template: list, body: { name: 'CI script', scopes: ['read'], expiresInDays: 30 } });
    expect(created.status).toBe(201);
    expect(created.body).toMatchObject({ name: 'CI script', scopes: ['read'] });
    expect(created.body.token).toMatch(/^dl_pat_/);
    expect(created.body.expiresAt).not.toBeNull();

    const listed = await callApi({ handler: GET, method: 'GET', template: list });
    expect(listed.status).toBe(200);
    expect(listed.body.data.map((t: { id: string }) => t.id)).toEqual([created.body.id]);
    expect(JSON.stringify(listed.body)).not.toContain(created.body.token);

    session.actor = anonymous;
    expect((await callApi({ handler: GET, method: 'GET', template: list, token: created.body.token })).status).toBe(403);

    session.actor = user;
    const revoked = await callApi({ handler: DELETE, method: 'DELETE', template: one, params: { id: created.body.id } });
    expect(revoked.status).toBe(204);
    const after = await callApi({ handler: GET, method: 'GET', template: list });
    expect(after.body.data[0].revokedAt).not.toBeNull();
  });

  it('answers 401 to visitors, 422 with fields to bad input, and 404 for another person’s token', async () => {
    expect((await callApi({ handler: GET, method: 'GET', template: list })).status).toBe(401);
    const owner = await makeUser('customer');
    const { id } = await createApiToken(owner, { name: 'mine', scopes: ['read'] });
    session.actor = await makeUser('agent', 'approved');
    const bad = await callApi({ handler: POST, method: 'POST', template: list, body: { name: '', scopes: ['write'] } });
    expect(bad.status).toBe(422);
    expect(Object.keys(bad.body.error.fields).sort()).toEqual(['name', 'scopes']);
    expect((await callApi({ handler: DELETE, method: 'DELETE', template: one, params: { id } })).status).toBe(404);
  });

  it('refuses every token, even one with the write scope, with 403', async () => {
    const user = await makeUser('customer');
    const { token, id } = await createApiToken(user, { name: 'writer', scopes: ['read', 'write'] });
    expect((await callApi({ handler: GET, method: 'GET', template: list, token })).status).toBe(403);
    expect((await callApi({ handler: POST, method: 'POST', template: list, token, body: { name: 'more', scopes: ['read'] } })).status).toBe(403);
    expect((await callApi({ handler: DELETE, method: 'DELETE', template: one, params: { id }, token })).status).toBe(403);
  });
});
