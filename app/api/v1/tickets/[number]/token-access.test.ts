import { beforeAll, describe, expect, it } from 'vitest';
import { callApi } from '@/lib/api/testing/api-client';
import { createApiToken } from '@/lib/api-tokens/manage';
import { contactInput, freshIp, makeUser } from '@/lib/testing/fixtures';
import { createTicket } from '@/lib/tickets/create-ticket';
import { addStaffMessage } from '@/lib/tickets/workspace';
import { GET } from './route';

const template = '/api/v1/tickets/{number}';
let number: string;
let customerToken: string;
let strangerToken: string;
let agentToken: string;

beforeAll(async () => {
  const customer = await makeUser('customer');
  const stranger = await makeUser('customer');
  const agent = await makeUser('agent', 'approved');
  number = (await createTicket(customer, contactInput(), { ip: freshIp() })).number;
  await addStaffMessage(agent, { number, body: 'Internal: check the courier.', visibility: 'internal' });
  customerToken = (await createApiToken(customer, { name: 'mine', scopes: ['read'] })).token;
  strangerToken = (await createApiToken(stranger, { name: 'theirs', scopes: ['read'] })).token;
  agentToken = (await createApiToken(agent, { name: 'desk', scopes: ['read'] })).token;
});

describe('GET /api/v1/tickets/{number} with a bearer token', () => {
  it('gives staff the internal note and the customer only public messages', async () => {
    const staff = await callApi({ handler: GET, method: 'GET', template, params: { number }, token: agentToken });
    expect(staff.status).toBe(200);
    expect(JSON.stringify(staff.body)).toContain('check the courier');
    const own = await callApi({ handler: GET, method: 'GET', template, params: { number }, token: customerToken });
    expect(own.status).toBe(200);
    expect(JSON.stringify(own.body)).not.toContain('check the courier');
  });

  it('answers 404 to another customer and 401 to a bad token or scheme', async () => {
    expect((await callApi({ handler: GET, method: 'GET', template, params: { number }, token: strangerToken })).status).toBe(404);
    const bad = await callApi({ handler: GET, method: 'GET', template, params: { number }, token: `${customerToken.slice(0, -1)}x` });
    expect(bad.status).toBe(401);
    expect(bad.body.error.code).toBe('unauthorized');
    const basic = await callApi({ handler: GET, method: 'GET', template, params: { number }, headers: { authorization: 'Basic abc' } });
    expect(basic.status).toBe(401);
  });
});
