import { beforeAll, describe, expect, it } from 'vitest';
import type { UserActor } from '@/lib/access/actor';
import { callApi } from '@/lib/api/testing/api-client';
import { createApiToken, revokeApiToken } from '@/lib/api-tokens/manage';
import { contactInput, freshIp, makeUser } from '@/lib/testing/fixtures';
import { createTicket } from '@/lib/tickets/create-ticket';
import { addStaffMessage } from '@/lib/tickets/workspace';
import { GET as LIST } from '../route';
import { POST as CLAIM } from './claim/route';
import { DELETE, GET, PATCH } from './route';

const template = '/api/v1/tickets/{number}';
const tokenOf = async (user: UserActor, scopes: ('read' | 'write')[] = ['read', 'write']) => (await createApiToken(user, { name: 'test', scopes })).token;

let customer: UserActor;
let agent: UserActor;
let tokens: Record<'customer' | 'stranger' | 'pending' | 'agent' | 'admin' | 'readOnly', string>;
const openTicket = async () => (await createTicket(customer, contactInput(), { ip: freshIp() })).number;

beforeAll(async () => {
  customer = await makeUser('customer');
  agent = await makeUser('agent', 'approved');
  tokens = {
    customer: await tokenOf(customer),
    stranger: await tokenOf(await makeUser('customer')),
    pending: await tokenOf(await makeUser('agent', 'pending')),
    agent: await tokenOf(agent),
    admin: await tokenOf(await makeUser('admin', 'approved')),
    readOnly: await tokenOf(agent, ['read']),
  };
});

describe('GET /api/v1/tickets', () => {
  it('gives staff the queue and a customer only their own tickets, never another’s', async () => {
    const number = await openTicket();
    const staff = await callApi({ handler: LIST, method: 'GET', template: '/api/v1/tickets', token: tokens.agent, query: { view: 'open', q: number } });
    expect(staff.status).toBe(200);
    expect(staff.body.data.map((t: { number: string }) => t.number)).toContain(number);
    const own = await callApi({ handler: LIST, method: 'GET', template: '/api/v1/tickets', token: tokens.customer });
    expect(own.body.data.map((t: { number: string }) => t.number)).toContain(number);
    const theirs = await callApi({ handler: LIST, method: 'GET', template: '/api/v1/tickets', token: tokens.stranger });
    expect(theirs.status).toBe(200);
    expect(theirs.body.data).toEqual([]);
    expect((await callApi({ handler: LIST, method: 'GET', template: '/api/v1/tickets', token: tokens.pending })).status).toBe(403);
  });

  it('refuses a cursor it did not give out with 400', async () => {
    for (const token of [tokens.agent, tokens.customer]) {
      const answer = await callApi({ handler: LIST, method: 'GET', template: '/api/v1/tickets', token, query: { cursor: 'not-a-cursor' } });
      expect(answer.status).toBe(400);
    }
  });
});

describe('ETags on /api/v1/tickets/{number}', () => {
  it('changes the ETag on a new message and answers 304 while unchanged', async () => {
    const number = await openTicket();
    const first = await callApi({ handler: GET, method: 'GET', template, params: { number }, token: tokens.agent });
    const etag = first.headers.get('etag') ?? '';
    expect(etag).toMatch(/^".+"$/);
    const again = await callApi({ handler: GET, method: 'GET', template, params: { number }, token: tokens.agent, headers: { 'if-none-match': etag } });
    expect(again.status).toBe(304);
    await addStaffMessage(agent, { number, body: 'A note for the team.', visibility: 'internal' });
    const after = await callApi({ handler: GET, method: 'GET', template, params: { number }, token: tokens.agent, headers: { 'if-none-match': etag } });
    expect(after.status).toBe(200);
    expect(after.headers.get('etag')).not.toBe(etag);
  });

  it('applies a PATCH with a fresh ETag, refuses a stale one with 412, and lets one of two racing PATCHes through', async () => {
    const number = await openTicket();
    const etag = (await callApi({ handler: GET, method: 'GET', template, params: { number }, token: tokens.agent })).headers.get('etag') ?? '';
    const [a, b] = await Promise.all(
      (['high', 'low'] as const).map((priority) => callApi({ handler: PATCH, method: 'PATCH', template, params: { number }, token: tokens.agent, headers: { 'if-match': etag }, body: { priority } })),
    );
    expect([a?.status, b?.status].sort()).toEqual([200, 412]);
    const winner = a?.status === 200 ? a : b;
    expect(winner?.headers.get('etag')).not.toBe(etag);
    const stale = await callApi({ handler: PATCH, method: 'PATCH', template, params: { number }, token: tokens.agent, headers: { 'if-match': etag }, body: { status: 'in_progress' } });
    expect(stale.status).toBe(412);
    expect(stale.body.error.code).toBe('precondition_failed');
    const fresh = await callApi({ handler: PATCH, method: 'PATCH', template, params: { number }, token: tokens.agent, headers: { 'if-match': winner?.headers.get('etag') ?? '' }, body: { status: 'in_progress' } });
    expect(fresh.status).toBe(200);
    expect(fresh.body.ticket.status).toBe('in_progress');
  });

  it('answers 422 with fields, 403 to customers, pending agents and read-only tokens, 401 to a revoked token', async () => {
    const number = await openTicket();
    const invalid = await callApi({ handler: PATCH, method: 'PATCH', template, params: { number }, token: tokens.agent, body: { priority: 'whenever' } });
    expect(invalid.status).toBe(422);
    expect(invalid.body.error.fields.priority).toBeDefined();
    for (const token of [tokens.customer, tokens.pending, tokens.readOnly]) {
      expect((await callApi({ handler: PATCH, method: 'PATCH', template, params: { number }, token, body: { priority: 'high' } })).status).toBe(403);
    }
    const created = await createApiToken(agent, { name: 'soon gone', scopes: ['read', 'write'] });
    await revokeApiToken(agent, { id: created.id });
    expect((await callApi({ handler: PATCH, method: 'PATCH', template, params: { number }, token: created.token, body: { priority: 'high' } })).status).toBe(401);
  });
});

describe('DELETE /api/v1/tickets/{number}', () => {
  it('lets an admin delete (204) and refuses agents and customers (403)', async () => {
    const number = await openTicket();
    for (const token of [tokens.agent, tokens.customer]) expect((await callApi({ handler: DELETE, method: 'DELETE', template, params: { number }, token })).status).toBe(403);
    expect((await callApi({ handler: DELETE, method: 'DELETE', template, params: { number }, token: tokens.admin })).status).toBe(204);
    expect((await callApi({ handler: GET, method: 'GET', template, params: { number }, token: tokens.admin })).status).toBe(404);
  });
});

describe('POST /api/v1/tickets/{number}/claim', () => {
  it('gives the ticket to exactly one of 100 agents claiming at once; the rest get 409 naming the holder', async () => {
    const number = (await createTicket(await makeUser('customer'), contactInput(), { ip: freshIp() })).number;
    const agents = await Promise.all(Array.from({ length: 100 }, () => makeUser('agent', 'approved')));
    const agentTokens = await Promise.all(agents.map((user) => tokenOf(user)));
    const answers = await Promise.all(agentTokens.map((token) => callApi({ handler: CLAIM, method: 'POST', template: '/api/v1/tickets/{number}/claim', params: { number }, token })));
    const won = answers.filter((answer) => answer.status === 200);
    expect(won).toHaveLength(1);
    expect(answers.filter((answer) => answer.status === 409)).toHaveLength(99);
    const holder = won[0]?.body.assignee.name as string;
    expect(answers.find((answer) => answer.status === 409)?.body.error.message).toContain(holder);
    expect((await callApi({ handler: CLAIM, method: 'POST', template: '/api/v1/tickets/{number}/claim', params: { number }, token: tokens.customer })).status).toBe(403);
  }, 60_000);
});
