import { beforeAll, describe, expect, it, vi } from 'vitest';
import { anonymous, type UserActor } from '@/lib/access/actor';
import { callApi } from '@/lib/api/testing/api-client';
import { createApiToken } from '@/lib/api-tokens/manage';
import { contactInput, freshIp, makeUser } from '@/lib/testing/fixtures';
import { createTicket } from '@/lib/tickets/create-ticket';
import { resolveAsRequester } from '@/lib/tickets/requester';
import { GET as EVENTS } from '../events/route';
import { GET as READ } from '../route';
import { POST } from './route';

// Callers without a token are read from the session cookie: here there is none.
vi.mock('@/lib/auth/session', () => ({ getActor: vi.fn(async () => anonymous) }));

const template = '/api/v1/tickets/{number}/rating';
let tokens: Record<'stranger' | 'pending' | 'agent' | 'admin', string>;
const tokenOf = async (user: UserActor, scopes: ('read' | 'write')[] = ['read', 'write']) => (await createApiToken(user, { name: 'test', scopes })).token;
const rate = (number: string, token: string | undefined, body: unknown) => callApi({ handler: POST, method: 'POST', template, params: { number }, token, body });

/** A ticket of a customer of its own (opening tickets is rate-limited per requester), resolved unless asked otherwise. */
async function ticket({ resolved = true } = {}) {
  const owner = await makeUser('customer');
  const { number } = await createTicket(owner, contactInput(), { ip: freshIp() });
  if (resolved) await resolveAsRequester({ actor: owner, number });
  return { number, owner, token: await tokenOf(owner), readOnly: await tokenOf(owner, ['read']) };
}

beforeAll(async () => {
  tokens = {
    stranger: await tokenOf(await makeUser('customer')),
    pending: await tokenOf(await makeUser('agent', 'pending')),
    agent: await tokenOf(await makeUser('agent', 'approved')),
    admin: await tokenOf(await makeUser('admin', 'approved')),
  };
});

describe('POST /api/v1/tickets/{number}/rating', () => {
  it('saves the customer’s rating of their resolved ticket (201), which closes it and shows in their timeline', async () => {
    const { number, token } = await ticket();
    const answer = await rate(number, token, { score: 5, comment: '  Quick and kind.  ' });
    expect(answer.status).toBe(201);
    expect(answer.body.rating).toEqual({ score: 5, comment: 'Quick and kind.', ticketStatus: 'closed' });
    expect((await callApi({ handler: READ, method: 'GET', template: '/api/v1/tickets/{number}', params: { number }, token })).body.ticket.status).toBe('closed');
    const events = await callApi({ handler: EVENTS, method: 'GET', template: '/api/v1/tickets/{number}/events', params: { number }, token });
    expect(events.body.data.find((event: { kind: string }) => event.kind === 'feedback_given')?.to).toBe('5');
  });

  it('answers 409 once rated already, and before the ticket is resolved', async () => {
    const rated = await ticket();
    expect((await rate(rated.number, rated.token, { score: 3 })).status).toBe(201);
    const again = await rate(rated.number, rated.token, { score: 1 });
    expect(again.status).toBe(409);
    expect(again.body.error.code).toBe('conflict');
    const open = await ticket({ resolved: false });
    const early = await rate(open.number, open.token, { score: 4 });
    expect(early.status).toBe(409);
    expect(early.body.error.message).toMatch(/resolved/);
  });

  it('refuses staff of every status (403), another customer (404), a read-only token (403) and anonymous callers (401)', async () => {
    const { number, token, readOnly } = await ticket();
    for (const role of ['agent', 'admin', 'pending'] as const) {
      const answer = await rate(number, tokens[role], { score: 5 });
      expect(answer.status, role).toBe(403);
      expect(answer.body.error.code, role).toBe('forbidden');
    }
    expect((await rate(number, tokens.stranger, { score: 5 })).status).toBe(404);
    expect((await rate(number, readOnly, { score: 5 })).status).toBe(403);
    expect((await rate(number, undefined, { score: 5 })).status).toBe(401);
    // None of them rated it: the owner still may.
    expect((await rate(number, token, { score: 2 })).status).toBe(201);
  });

  it('answers 422 naming score or comment when they break the rating form’s rules, 400 for a body that is not JSON', async () => {
    const { number, token } = await ticket();
    const cases: Array<[unknown, string]> = [
      [{ score: 6 }, 'score'],
      [{ score: 0 }, 'score'],
      [{ score: 'great' }, 'score'],
      [{ score: 4.5 }, 'score'],
      [{}, 'score'],
      [{ score: 4, comment: 'x'.repeat(2_001) }, 'comment'],
    ];
    for (const [body, field] of cases) {
      const answer = await rate(number, token, body);
      expect(answer.status, JSON.stringify(body).slice(0, 40)).toBe(422);
      expect(Object.keys(answer.body.error.fields)).toEqual([field]);
    }
    expect((await rate(number, token, 'score=5')).status).toBe(400);
  });
});
