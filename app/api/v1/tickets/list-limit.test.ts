import { beforeAll, describe, expect, it } from 'vitest';
import type { UserActor } from '@/lib/access/actor';
import { callApi } from '@/lib/api/testing/api-client';
import { createApiToken } from '@/lib/api-tokens/manage';
import { contactInput, freshIp, makeUser } from '@/lib/testing/fixtures';
import { createTicket } from '@/lib/tickets/create-ticket';
import { GET } from './route';

const template = '/api/v1/tickets';
const tokenOf = async (user: UserActor) => (await createApiToken(user, { name: 'test', scopes: ['read'] })).token;

let customer: UserActor;
let tokens: { customer: string; agent: string };
let numbers: string[];

const list = (token: string, query: Record<string, string | undefined>) => callApi({ handler: GET, method: 'GET', template, token, query });

/** Follows nextCursor to the end, keeping the other parameters; returns the page sizes and the numbers in order. */
async function walk(token: string, query: Record<string, string>) {
  const sizes: number[] = [];
  const seen: string[] = [];
  let cursor: string | undefined;
  do {
    const page = await list(token, { ...query, cursor });
    expect(page.status).toBe(200);
    sizes.push(page.body.data.length);
    seen.push(...page.body.data.map((ticket: { number: string }) => ticket.number));
    cursor = page.body.nextCursor ?? undefined;
  } while (cursor && sizes.length < 10);
  return { sizes, seen };
}

beforeAll(async () => {
  customer = await makeUser('customer');
  tokens = { customer: await tokenOf(customer), agent: await tokenOf(await makeUser('agent', 'approved')) };
  numbers = [];
  // Five is as many as one email may open in the contact limits' window.
  for (let i = 0; i < 5; i += 1) numbers.push((await createTicket(customer, contactInput({ subject: `Quokka lamp number ${i}` }), { ip: freshIp() })).number);
});

describe('GET /api/v1/tickets?limit=', () => {
  const staffQueries = {
    'a staff view': { requester: '' },
    'a staff view sorted by creation': { requester: '', sort: 'created' },
    'a staff search': { q: 'quokka' },
  };

  for (const [name, base] of Object.entries(staffQueries)) {
    it(`pages ${name} by the size asked for, every ticket once, in the order of one big page`, async () => {
      const query: Record<string, string> = { ...base, ...('requester' in base ? { requester: customer.email } : {}) };
      const whole = await list(tokens.agent, { ...query, limit: '100' });
      expect(whole.body.data.map((ticket: { number: string }) => ticket.number).sort()).toEqual([...numbers].sort());
      expect(whole.body.nextCursor).toBeNull();
      const paged = await walk(tokens.agent, { ...query, limit: '2' });
      expect(paged.sizes).toEqual([2, 2, 1]);
      expect(paged.seen).toEqual(whole.body.data.map((ticket: { number: string }) => ticket.number));
      expect((await walk(tokens.agent, { ...query, limit: '5' })).sizes).toEqual([5]);
    });
  }

  it('pages a customer’s own list the same way', async () => {
    const whole = await list(tokens.customer, { limit: '100' });
    expect(whole.body.data.map((ticket: { number: string }) => ticket.number)).toEqual([...numbers].reverse());
    const paged = await walk(tokens.customer, { limit: '2' });
    expect(paged.sizes).toEqual([2, 2, 1]);
    expect(paged.seen).toEqual([...numbers].reverse());
    expect((await walk(tokens.customer, { limit: '1', status: 'open' })).sizes).toEqual([1, 1, 1, 1, 1]);
  });

  it('refuses a limit outside 1 to 100, or not a whole number, with 422 naming limit', async () => {
    for (const token of [tokens.agent, tokens.customer]) {
      for (const limit of ['0', '101', '-3', '2.5', 'ten', '']) {
        const answer = await list(token, { limit });
        expect(answer.status, `limit=${limit}`).toBe(422);
        expect(answer.body.error.fields.limit, `limit=${limit}`).toBeDefined();
      }
    }
  });
});
