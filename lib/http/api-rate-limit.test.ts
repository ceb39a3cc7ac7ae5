import { afterEach, beforeAll, describe, expect, it } from 'vitest';
import { markPeerServer } from '@/lib/http/peer';
import { GET } from '@/app/api/v1/tickets/[number]/route';
import { callApi } from '@/lib/api/testing/api-client';
import { createApiToken } from '@/lib/api-tokens/manage';
import { contactInput, freshIp, makeUser } from '@/lib/testing/fixtures';
import { createTicket } from '@/lib/tickets/create-ticket';

const template = '/api/v1/tickets/{number}';
let number: string;
let first: string;
let second: string;

beforeAll(async () => {
  // As under scripts/serve.ts, which passes each request's TCP peer.
  markPeerServer();
  const customer = await makeUser('customer');
  number = (await createTicket(customer, contactInput(), { ip: freshIp() })).number;
  first = (await createApiToken(customer, { name: 'first', scopes: ['read'] })).token;
  second = (await createApiToken(customer, { name: 'second', scopes: ['read'] })).token;
});

afterEach(() => {
  delete process.env.RATE_LIMIT_API_PER_TOKEN;
  process.env.RATE_LIMIT_API_PER_IP = '1000000';
});

describe('API rate limits', () => {
  it('counts per token, says where the window stands, and refuses with Retry-After', async () => {
    process.env.RATE_LIMIT_API_PER_TOKEN = '3';
    const call = (token: string) => callApi({ handler: GET, method: 'GET', template, params: { number }, token });
    const answers = [await call(first), await call(first), await call(first)];
    expect(answers.map((a) => a.status)).toEqual([200, 200, 200]);
    expect(answers.map((a) => a.headers.get('RateLimit-Remaining'))).toEqual(['2', '1', '0']);
    expect(answers[0]?.headers.get('RateLimit-Limit')).toBe('3');

    const refused = await call(first);
    expect(refused.status).toBe(429);
    expect(refused.body.error.code).toBe('rate_limited');
    expect(Number(refused.headers.get('Retry-After'))).toBeGreaterThan(0);
    expect(refused.headers.get('RateLimit-Remaining')).toBe('0');

    // Another token of the same person has its own window.
    expect((await call(second)).status).toBe(200);
  });

  it('counts calls without a valid token per address, bad tokens included', async () => {
    process.env.RATE_LIMIT_API_PER_IP = '2';
    const ip = freshIp();
    const bad = () => callApi({ handler: GET, method: 'GET', template, params: { number }, token: 'dl_pat_guess', ip });
    expect((await bad()).status).toBe(401);
    expect((await bad()).status).toBe(401);
    expect((await bad()).status).toBe(429);
    const elsewhere = await callApi({ handler: GET, method: 'GET', template, params: { number }, token: 'dl_pat_guess', ip: freshIp() });
    expect(elsewhere.status).toBe(401);
  });
});
