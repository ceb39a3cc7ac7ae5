import { eq } from 'drizzle-orm';
import { describe, expect, it } from 'vitest';
import { getDb } from '@/db/client';
import { userSessions } from '@/db/schema';
import type { UserActor } from '@/lib/access/actor';
import { AppError } from '@/lib/errors';
import { makeUser, TEST_PASSWORD } from '@/lib/testing/fixtures';
import { loadSessionActor } from '@/lib/users/actor';
import { changePassword } from '@/lib/users/change-password';
import { suspendAgent } from '@/lib/users/moderate-agent';
import { endSession, listOwnSessions, revokeOtherSessions, revokeOwnSession, startSession, touchSession } from './sessions';

async function signedIn(user: UserActor, userAgent = 'Firefox') {
  const sessionId = await startSession({ userId: user.id, userAgent, ip: '192.0.2.1' });
  const actor = await loadSessionActor(user.id, sessionId);
  if (actor.kind !== 'user') throw new Error('session did not load');
  return actor;
}

async function errorOf(promise: Promise<unknown>): Promise<AppError> {
  const error = await promise.then(
    () => null,
    (e: unknown) => e,
  );
  expect(error).toBeInstanceOf(AppError);
  return error as AppError;
}

describe('session rows', () => {
  it('loads the user with the session id while the session stands', async () => {
    const user = await makeUser('customer');
    const actor = await signedIn(user);
    expect(actor).toMatchObject({ kind: 'user', id: user.id, sessionId: expect.any(String) });
  });

  it('treats a signed-out session id as signed out', async () => {
    const user = await makeUser('customer');
    const { sessionId } = await signedIn(user);
    await endSession(sessionId);
    expect(await loadSessionActor(user.id, sessionId)).toEqual({ kind: 'anonymous' });
  });

  it('refuses a session of another user, an expired one, and a cookie with no session at all', async () => {
    const user = await makeUser('customer');
    const other = await makeUser('customer');
    const { sessionId } = await signedIn(user);
    expect(await loadSessionActor(other.id, sessionId)).toEqual({ kind: 'anonymous' });
    expect(await loadSessionActor(user.id, undefined)).toEqual({ kind: 'anonymous' });
    expect(await loadSessionActor(user.id, 'not-a-uuid')).toEqual({ kind: 'anonymous' });
    const db = await getDb();
    await db.update(userSessions).set({ expiresAt: new Date(Date.now() - 1000) }).where(eq(userSessions.id, sessionId!));
    expect(await loadSessionActor(user.id, sessionId)).toEqual({ kind: 'anonymous' });
  });

  it('moves last seen forward only when it is a few minutes old', async () => {
    const user = await makeUser('customer');
    const { sessionId } = await signedIn(user);
    const db = await getDb();
    const read = async () => (await db.select({ at: userSessions.lastSeenAt }).from(userSessions).where(eq(userSessions.id, sessionId!)))[0]!.at;
    const first = await read();
    await touchSession(sessionId!, first, new Date(first.getTime() + 60_000));
    expect(await read()).toEqual(first);
    const later = new Date(first.getTime() + 10 * 60_000);
    await touchSession(sessionId!, first, later);
    expect(await read()).toEqual(later);
  });
});

describe('signing sessions out', () => {
  it('lists the owner’s live sessions with the current one marked', async () => {
    const user = await makeUser('customer');
    await signedIn(user, 'Safari');
    const current = await signedIn(user, 'Firefox');
    const sessions = await listOwnSessions(current);
    expect(sessions).toHaveLength(2);
    expect(sessions.find((s) => s.current)?.userAgent).toBe('Firefox');
  });

  it('signs one session out, and refuses another user’s session as not found', async () => {
    const user = await makeUser('customer');
    const other = await signedIn(await makeUser('customer'));
    const phone = await signedIn(user, 'Phone');
    const laptop = await signedIn(user, 'Laptop');
    expect((await errorOf(revokeOwnSession(other, { sessionId: phone.sessionId }))).code).toBe('not_found');
    await revokeOwnSession(laptop, { sessionId: phone.sessionId });
    expect(await loadSessionActor(user.id, phone.sessionId)).toEqual({ kind: 'anonymous' });
    expect((await loadSessionActor(user.id, laptop.sessionId)).kind).toBe('user');
  });

  it('signs every other session out and keeps the current one', async () => {
    const user = await makeUser('agent');
    const a = await signedIn(user);
    const b = await signedIn(user);
    const current = await signedIn(user);
    expect(await revokeOtherSessions(current)).toBe(2);
    for (const old of [a, b]) expect(await loadSessionActor(user.id, old.sessionId)).toEqual({ kind: 'anonymous' });
    expect((await loadSessionActor(user.id, current.sessionId)).kind).toBe('user');
  });

  it('asks a visitor to sign in', async () => {
    expect((await errorOf(revokeOtherSessions({ kind: 'anonymous' }))).code).toBe('unauthorized');
  });

  it('ends every other session when the password changes, and keeps the one that changed it', async () => {
    const user = await makeUser('customer');
    const elsewhere = await signedIn(user);
    const here = await signedIn(user);
    expect((await errorOf(changePassword(here, { currentPassword: 'wrong password', password: 'a brand new passphrase' }))).code).toBe('validation');
    expect((await loadSessionActor(user.id, elsewhere.sessionId)).kind).toBe('user');

    await changePassword(here, { currentPassword: TEST_PASSWORD, password: 'a brand new passphrase' });
    expect(await loadSessionActor(user.id, elsewhere.sessionId)).toEqual({ kind: 'anonymous' });
    expect((await loadSessionActor(user.id, here.sessionId)).kind).toBe('user');
  });

  it('ends all sessions of a suspended agent', async () => {
    const admin = await signedIn(await makeUser('admin', 'approved'));
    const agent = await makeUser('agent', 'approved');
    const a = await signedIn(agent);
    const b = await signedIn(agent);
    await suspendAgent(admin, { userId: agent.id });
    for (const s of [a, b]) expect(await loadSessionActor(agent.id, s.sessionId)).toEqual({ kind: 'anonymous' });
  });
});
