import { beforeAll, describe, expect, it, vi } from 'vitest';
import { anonymous, type UserActor } from '@/lib/access/actor';
import { callApi } from '@/lib/api/testing/api-client';
import { createApiToken } from '@/lib/api-tokens/manage';
import { makeTicket } from '@/lib/testing/desk-fixtures';
import { makeUser } from '@/lib/testing/fixtures';
import { GET as LIST } from '../../route';
import { GET as READ } from '../route';
import { DELETE } from './[name]/route';
import { POST } from './route';

vi.mock('@/lib/auth/session', () => ({ getActor: vi.fn(async () => anonymous) }));

let tokens: Record<'requester' | 'stranger' | 'pending' | 'agent' | 'admin', string>;
let number: string;
const tokenOf = async (user: UserActor) => (await createApiToken(user, { name: 'test', scopes: ['read', 'write'] })).token;
const add = (token: string | undefined, body: unknown, at = number) => callApi({ handler: POST, method: 'POST', template: '/api/v1/tickets/{number}/tags', params: { number: at }, token, body });
const remove = (token: string | undefined, name: string) => callApi({ handler: DELETE, method: 'DELETE', template: '/api/v1/tickets/{number}/tags/{name}', params: { number, name }, token });
const read = (token: string) => callApi({ handler: READ, method: 'GET', template: '/api/v1/tickets/{number}', params: { number }, token });

beforeAll(async () => {
  const requester = await makeUser('customer');
  number = (await makeTicket(requester)).number;
  tokens = {
    requester: await tokenOf(requester),
    stranger: await tokenOf(await makeUser('customer')),
    pending: await tokenOf(await makeUser('agent', 'pending')),
    agent: await tokenOf(await makeUser('agent', 'approved')),
    admin: await tokenOf(await makeUser('admin', 'approved')),
  };
});

describe('the tags of a ticket over the API', () => {
  it('lets staff add and remove tags, shows them on the ticket and filters the list by them', async () => {
    expect((await add(tokens.agent, { name: ' Wrong item ' })).body).toEqual({ number, tags: ['Wrong item'] });
    expect((await add(tokens.admin, { name: 'vip' })).body.tags).toEqual(['vip', 'Wrong item']);
    expect((await read(tokens.agent)).body.ticket.tags).toEqual(['vip', 'Wrong item']);
    const listed = await callApi({ handler: LIST, method: 'GET', template: '/api/v1/tickets', token: tokens.agent, query: { tag: 'WRONG ITEM' } });
    expect(listed.body.data.map((t: { number: string }) => t.number)).toEqual([number]);
    const removed = await remove(tokens.agent, 'wrong item');
    expect(removed.status).toBe(200);
    expect(removed.body.tags).toEqual(['vip']);
  });

  it('never shows the requester the tags, and refuses customers and pending agents (403) and visitors (401)', async () => {
    await add(tokens.agent, { name: 'internal-only' });
    expect((await read(tokens.requester)).body.ticket.tags).toBeNull();
    for (const who of ['requester', 'stranger', 'pending'] as const) {
      expect((await add(tokens[who], { name: 'x' })).status, who).toBe(403);
      expect((await remove(tokens[who], 'internal-only')).status, who).toBe(403);
    }
    expect((await add(undefined, { name: 'x' })).status).toBe(401);
    expect((await read(tokens.agent)).body.ticket.tags).toContain('internal-only');
  });

  it('answers 422 naming name for a bad tag, and 404 for an unknown ticket', async () => {
    for (const body of [{}, { name: '' }, { name: 'z'.repeat(41) }, { name: 7 }]) {
      const answer = await add(tokens.agent, body);
      expect(answer.status, JSON.stringify(body)).toBe(422);
      expect(answer.body.error.fields.name).toBeDefined();
    }
    expect((await add(tokens.agent, { name: 'x' }, 'HD-20000101-0001')).status).toBe(404);
  });
});
