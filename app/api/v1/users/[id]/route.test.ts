import { beforeAll, describe, expect, it, vi } from 'vitest';
import type { Actor, UserActor } from '@/lib/access/actor';
import { anonymous } from '@/lib/access/actor';
import { callApi } from '@/lib/api/testing/api-client';
import { createApiToken } from '@/lib/api-tokens/manage';
import { listAuditLog } from '@/lib/audit/list-audit';
import { makeUser } from '@/lib/testing/fixtures';
import { GET as AUDIT } from '../../audit/route';
import { GET as STATS } from '../../stats/route';
import { POST as DECIDE } from './decision/route';
import { GET } from './route';

const session = vi.hoisted(() => ({ actor: undefined as Actor | undefined }));
vi.mock('@/lib/auth/session', () => ({ getActor: vi.fn(async () => session.actor) }));

const userTemplate = '/api/v1/users/{id}';
const decisionTemplate = '/api/v1/users/{id}/decision';
let admin: UserActor;
const tokens: Record<'customer' | 'pending' | 'agent' | 'admin' | 'adminRead', string> = { customer: '', pending: '', agent: '', admin: '', adminRead: '' };

beforeAll(async () => {
  admin = await makeUser('admin');
  const [customer, pending, agent] = await Promise.all([makeUser('customer'), makeUser('agent', 'pending'), makeUser('agent')]);
  const write = ['read', 'write'] as const;
  tokens.customer = (await createApiToken(customer, { name: 'c', scopes: [...write] })).token;
  tokens.pending = (await createApiToken(pending, { name: 'p', scopes: [...write] })).token;
  tokens.agent = (await createApiToken(agent, { name: 'a', scopes: [...write] })).token;
  tokens.admin = (await createApiToken(admin, { name: 'admin', scopes: [...write] })).token;
  tokens.adminRead = (await createApiToken(admin, { name: 'admin-read', scopes: ['read'] })).token;
});

const reads = [
  { name: 'user', call: (token?: string) => callApi({ handler: GET, method: 'GET', template: userTemplate, params: { id: admin.id }, token }) },
  { name: 'stats', call: (token?: string) => callApi({ handler: STATS, method: 'GET', template: '/api/v1/stats', token }) },
  { name: 'audit', call: (token?: string) => callApi({ handler: AUDIT, method: 'GET', template: '/api/v1/audit', token }) },
];

describe('admin reads', () => {
  for (const read of reads) {
    it(`${read.name}: 401 anonymous, 403 to customer, pending agent and agent, 200 to the admin`, async () => {
      session.actor = anonymous;
      expect((await read.call()).status).toBe(401);
      for (const token of [tokens.customer, tokens.pending, tokens.agent]) expect((await read.call(token)).status).toBe(403);
      expect((await read.call(tokens.adminRead)).status).toBe(200);
    });
  }

  it('reads an account, 404 for an unknown or malformed id', async () => {
    const own = await callApi({ handler: GET, method: 'GET', template: userTemplate, params: { id: admin.id }, token: tokens.adminRead });
    expect(own.body.user).toMatchObject({ id: admin.id, role: 'admin', staffStatus: 'approved' });
    const unknown = await callApi({ handler: GET, method: 'GET', template: userTemplate, params: { id: crypto.randomUUID() }, token: tokens.adminRead });
    expect(unknown.status).toBe(404);
    expect((await callApi({ handler: GET, method: 'GET', template: userTemplate, params: { id: 'nope' }, token: tokens.adminRead })).status).toBe(404);
  });

  it('gives the chosen range of statistics', async () => {
    const week = await callApi({ handler: STATS, method: 'GET', template: '/api/v1/stats', query: { days: '7' }, token: tokens.adminRead });
    expect(week.body.range.days).toBe(7);
    expect(week.body.range.daily).toHaveLength(7);
  });

  it('answers 400 to a cursor it did not issue and 422 to a bad filter', async () => {
    const bad = await callApi({ handler: AUDIT, method: 'GET', template: '/api/v1/audit', query: { cursor: 'not-a-cursor' }, token: tokens.adminRead });
    expect(bad.status).toBe(400);
    expect(bad.body.error.fields.cursor).toBeDefined();
    const invalid = await callApi({ handler: AUDIT, method: 'GET', template: '/api/v1/audit', query: { from: '2026-02-31' }, token: tokens.adminRead });
    expect(invalid.status).toBe(422);
    expect(invalid.body.error.fields.from).toBeDefined();
  });
});

describe('POST /api/v1/users/{id}/decision', () => {
  it('approves an application, writes the audit entry the API lists, and refuses a second approval with 409', async () => {
    const applicant = await makeUser('agent', 'pending');
    const approved = await callApi({ handler: DECIDE, method: 'POST', template: decisionTemplate, params: { id: applicant.id }, body: { decision: 'approve' }, token: tokens.admin });
    expect(approved.status).toBe(200);
    expect(approved.body.user).toMatchObject({ id: applicant.id, staffStatus: 'approved', unassigned: 0 });
    const again = await callApi({ handler: DECIDE, method: 'POST', template: decisionTemplate, params: { id: applicant.id }, body: { decision: 'approve' }, token: tokens.admin });
    expect(again.status).toBe(409);

    const audit = await callApi({ handler: AUDIT, method: 'GET', template: '/api/v1/audit', query: { actor: admin.id, kind: 'audit.agent_approved' }, token: tokens.adminRead });
    expect(audit.body.data.some((entry: { subjectId: string }) => entry.subjectId === applicant.id)).toBe(true);
  });

  it('suspends with a reason kept in the audit entry', async () => {
    const agent = await makeUser('agent');
    const suspended = await callApi({ handler: DECIDE, method: 'POST', template: decisionTemplate, params: { id: agent.id }, body: { decision: 'suspend', reason: 'Left.' }, token: tokens.admin });
    expect(suspended.body.user.staffStatus).toBe('suspended');
    const entries = await listAuditLog(admin, { actor: admin.id, kind: 'audit.agent_suspended' });
    expect(entries.entries.find((entry) => entry.subjectId === agent.id)?.reason).toBe('Left.');
  });

  it('refuses everyone but an admin with a write token', async () => {
    const target = await makeUser('agent', 'pending');
    const body = { decision: 'approve' };
    session.actor = anonymous;
    expect((await callApi({ handler: DECIDE, method: 'POST', template: decisionTemplate, params: { id: target.id }, body })).status).toBe(401);
    for (const token of [tokens.customer, tokens.pending, tokens.agent, tokens.adminRead]) {
      expect((await callApi({ handler: DECIDE, method: 'POST', template: decisionTemplate, params: { id: target.id }, body, token })).status).toBe(403);
    }
  });

  it('refuses everyone but an admin before it reads the body: no 400, 415 or 422 that would tell them more', async () => {
    const target = await makeUser('agent', 'pending');
    const bodies: Array<{ body: unknown; headers?: Record<string, string> }> = [
      { body: { decision: 'promote', reason: 'x'.repeat(501) } },
      { body: {} },
      { body: '{"decision":' },
      { body: 'decision=approve', headers: { 'content-type': 'application/x-www-form-urlencoded' } },
    ];
    for (const { body, headers } of bodies) {
      for (const token of [tokens.customer, tokens.pending, tokens.agent]) {
        const refused = await callApi({ handler: DECIDE, method: 'POST', template: decisionTemplate, params: { id: target.id }, body, headers, token });
        expect(refused.status, JSON.stringify(body)).toBe(403);
        expect(refused.body.error.fields).toEqual({});
      }
      session.actor = anonymous;
      expect((await callApi({ handler: DECIDE, method: 'POST', template: decisionTemplate, params: { id: target.id }, body, headers })).status).toBe(401);
    }
    const still = await callApi({ handler: GET, method: 'GET', template: userTemplate, params: { id: target.id }, token: tokens.adminRead });
    expect(still.body.user.staffStatus).toBe('pending');
  });

  it('refuses a non-admin the audit log before it looks at the cursor or filters', async () => {
    for (const query of [{ cursor: 'not-a-cursor' }, { from: '2026-02-31' }]) {
      for (const token of [tokens.customer, tokens.agent]) {
        expect((await callApi({ handler: AUDIT, method: 'GET', template: '/api/v1/audit', query, token })).status).toBe(403);
      }
    }
  });

  it('answers 422 with fields for a bad body and 404 for an unknown account', async () => {
    const bad = await callApi({ handler: DECIDE, method: 'POST', template: decisionTemplate, params: { id: admin.id }, body: { decision: 'promote', reason: 'x'.repeat(501) }, token: tokens.admin });
    expect(bad.status).toBe(422);
    expect(Object.keys(bad.body.error.fields).sort()).toEqual(['decision', 'reason']);
    const customer = await makeUser('customer');
    for (const id of [crypto.randomUUID(), customer.id]) {
      expect((await callApi({ handler: DECIDE, method: 'POST', template: decisionTemplate, params: { id }, body: { decision: 'approve' }, token: tokens.admin })).status).toBe(404);
    }
  });
});
