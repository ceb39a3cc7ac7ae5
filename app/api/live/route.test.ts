import { NextRequest } from 'next/server';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { type Actor, anonymous, type UserActor } from '@/lib/access/actor';
import { makeUser } from '@/lib/testing/fixtures';
import { GET } from './route';

// The stream's caller is read from the session cookie; here, whoever the test says.
let caller: Actor = anonymous;
vi.mock('@/lib/auth/session', () => ({ getActor: vi.fn(async () => caller) }));

const aborts: AbortController[] = [];

/** Opens GET /api/live as `user`; the stream stays open until the test ends. */
async function open(user: UserActor): Promise<Response> {
  caller = user;
  const abort = new AbortController();
  aborts.push(abort);
  return GET(new NextRequest('http://localhost/api/live', { signal: abort.signal }), { params: Promise.resolve({}) });
}

// Closing a stream leaves the hub at once, so each test starts with none open.
afterEach(() => {
  for (const abort of aborts.splice(0)) abort.abort();
  vi.unstubAllEnvs();
});

describe('GET /api/live limits', () => {
  it('answers the ninth stream of one account 429, while another account still connects', async () => {
    const agent = await makeUser('agent');
    for (let i = 0; i < 8; i += 1) expect((await open(agent)).status).toBe(200);
    const ninth = await open(agent);
    expect(ninth.status).toBe(429);
    expect((await ninth.json()).error.code).toBe('rate_limited');
    expect((await open(await makeUser('agent'))).status).toBe(200);
    expect((await open(await makeUser('customer'))).status).toBe(200);
  });

  it('follows LIVE_MAX_STREAMS_PER_USER and LIVE_MAX_STREAMS', async () => {
    vi.stubEnv('LIVE_MAX_STREAMS_PER_USER', '2');
    vi.stubEnv('LIVE_MAX_STREAMS', '3');
    const [one, two] = [await makeUser('agent'), await makeUser('agent')];
    expect((await open(one)).status).toBe(200);
    expect((await open(one)).status).toBe(200);
    expect((await open(one)).status).toBe(429);
    expect((await open(two)).status).toBe(200);
    const full = await open(two);
    expect(full.status).toBe(429);
    expect((await full.json()).error.message).toContain('try again later');
  });
});
