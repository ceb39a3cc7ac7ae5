import { randomInt } from 'node:crypto';
import { expect, test } from '@playwright/test';

// The e2e server trusts loopback as a proxy (e2e/server.ts): each test plays a load balancer
// that appends the address it saw, while the client in front of it forges what it likes.
const wrongLink = (i: number) => `/t/${'C'.repeat(42)}${i % 10}`;

test.describe('rate limits key on the real client', () => {
  test('a client that forges X-Forwarded-For on every request is still limited', async ({ request }) => {
    const seenByProxy = `198.51.100.${randomInt(1, 254)}`;
    for (let i = 0; i < 20; i += 1) {
      const forged = `192.0.2.${i}`;
      const response = await request.get(wrongLink(i), { headers: { 'x-forwarded-for': `${forged}, ${seenByProxy}` } });
      expect(response.status()).toBe(404);
    }
    const refused = await request.get(wrongLink(0), { headers: { 'x-forwarded-for': `192.0.2.99, ${seenByProxy}` } });
    expect(refused.status()).toBe(429);
  });

  test('a client cannot name its own peer address', async ({ request }) => {
    const seenByProxy = `198.51.100.${randomInt(1, 254)}`;
    for (let i = 0; i < 20; i += 1) {
      const headers = { 'x-deskline-peer': `192.0.2.${i}`, 'x-forwarded-for': seenByProxy };
      expect((await request.get(wrongLink(i), { headers })).status()).toBe(404);
    }
    const headers = { 'x-deskline-peer': '192.0.2.200', 'x-forwarded-for': seenByProxy };
    expect((await request.get(wrongLink(0), { headers })).status()).toBe(429);
  });

  test('every answer carries a request id, a trusted proxy\'s when it sent a well-formed one', async ({ request }) => {
    const own = await request.get('/api/health');
    expect(own.headers()['x-request-id']).toMatch(/^[0-9a-f-]{36}$/);
    const passedOn = await request.get('/api/health', { headers: { 'x-request-id': 'lb-7f3a-0001' } });
    expect(passedOn.headers()['x-request-id']).toBe('lb-7f3a-0001');
    const malformed = await request.get('/api/health', { headers: { 'x-request-id': 'x'.repeat(300) } });
    expect(malformed.headers()['x-request-id']).toMatch(/^[0-9a-f-]{36}$/);
  });
});
