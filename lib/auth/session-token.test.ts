import { encode } from 'next-auth/jwt';
import { describe, expect, it } from 'vitest';
import { readSessionClaims, sessionCookieName, sessionCookieValue } from './session-token';

const name = 'authjs.session-token';
const secret = process.env.AUTH_SECRET!;
const userId = '5b6f2a52-1d1e-4c59-9d57-1f5a3f3f3a01';
const sessionId = '0c1d2e3f-4a5b-4c6d-8e7f-8091a2b3c4d5';

describe('the session cookie', () => {
  it('is read back to the user and session it was issued for', async () => {
    const token = await encode({ token: { sub: userId, sid: sessionId }, secret, salt: name });
    expect(await readSessionClaims(token, name)).toEqual({ userId, sessionId });
  });

  it('counts for nothing when issued under another secret, for another cookie name, expired or tampered with', async () => {
    const foreign = await encode({ token: { sub: userId, sid: sessionId }, secret: 'another-secret-entirely', salt: name });
    const otherName = await encode({ token: { sub: userId, sid: sessionId }, secret, salt: `__Secure-${name}` });
    const expired = await encode({ token: { sub: userId, sid: sessionId }, secret, salt: name, maxAge: -60 });
    const good = await encode({ token: { sub: userId, sid: sessionId }, secret, salt: name });
    const tampered = `${good.slice(0, -4)}${good.slice(-4) === 'AAAA' ? 'BBBB' : 'AAAA'}`;
    for (const token of [foreign, otherName, expired, tampered, 'not-a-token', undefined]) {
      expect(await readSessionClaims(token, name)).toEqual({});
    }
  });

  it('is put together from its chunks in order', () => {
    const all = [
      { name: `${name}.1`, value: 'world' },
      { name: 'other', value: 'x' },
      { name: `${name}.0`, value: 'hello ' },
    ];
    expect(sessionCookieValue(all, name)).toBe('hello world');
    expect(sessionCookieValue([{ name, value: 'whole' }], name)).toBe('whole');
    expect(sessionCookieValue([{ name: `__Secure-${name}`, value: 'secure' }], name)).toBeUndefined();
  });

  it('is looked for under the __Secure- name over https, as Auth.js names it', () => {
    expect(sessionCookieName(new Headers({ 'x-forwarded-proto': 'http' }))).toBe(name);
    expect(sessionCookieName(new Headers({ 'x-forwarded-proto': 'https' }))).toBe(`__Secure-${name}`);
    expect(sessionCookieName(new Headers())).toBe(`__Secure-${name}`);
  });
});
