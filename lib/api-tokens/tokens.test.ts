import { eq } from 'drizzle-orm';
import { describe, expect, it } from 'vitest';
import { getDb } from '@/db/client';
import { apiTokens } from '@/db/schema';
import { AppError } from '@/lib/errors';
import { makeUser } from '@/lib/testing/fixtures';
import { suspendAgent } from '@/lib/users/moderate-agent';
import { actorFromToken } from './authenticate';
import { createApiToken, listApiTokens, revokeApiToken } from './manage';
import { generateToken, hashToken, looksLikeToken } from './token-format';

async function refusal(promise: Promise<unknown>): Promise<AppError> {
  const error = await promise.then(() => null, (e: unknown) => e);
  expect(error).toBeInstanceOf(AppError);
  return error as AppError;
}

describe('token format', () => {
  it('has a recognisable prefix and a check that catches a mistyped token', () => {
    const token = generateToken();
    expect(token).toMatch(/^dl_pat_/);
    expect(looksLikeToken(token)).toBe(true);
    const flipped = token.slice(0, 10) + (token[10] === 'A' ? 'B' : 'A') + token.slice(11);
    expect(looksLikeToken(flipped)).toBe(false);
    expect(looksLikeToken('dl_pat_short')).toBe(false);
  });
});

describe('personal access tokens', () => {
  it('shows the token once and stores only its hash', async () => {
    const user = await makeUser('customer');
    const created = await createApiToken(user, { name: 'CI script', scopes: ['read'], expiresInDays: 30 });
    const db = await getDb();
    const [row] = await db.select().from(apiTokens).where(eq(apiTokens.id, created.id));
    expect(row?.tokenHash).toBe(hashToken(created.token));
    expect(JSON.stringify(row)).not.toContain(created.token);
    const listed = await listApiTokens(user);
    expect(listed.map((t) => t.id)).toEqual([created.id]);
    expect(JSON.stringify(listed)).not.toContain(created.token);
  });

  it('acts as its user with the current role, and stops at revocation, expiry and suspension', async () => {
    const agent = await makeUser('agent', 'approved');
    const admin = await makeUser('admin', 'approved');
    const { token, id } = await createApiToken(agent, { name: 'desk', scopes: ['read', 'write'] });
    expect(await actorFromToken(token, '192.0.2.7')).toMatchObject({ id: agent.id, role: 'agent', tokenId: id, scopes: ['read', 'write'] });
    const [used] = await listApiTokens(agent);
    expect(used).toMatchObject({ id, lastUsedIp: '192.0.2.7', lastUsedAt: expect.any(Date) });

    const expiring = await createApiToken(agent, { name: 'short', scopes: ['read'], expiresInDays: 1 });
    expect((await refusal(actorFromToken(expiring.token, null, new Date(Date.now() + 2 * 86_400_000)))).code).toBe('unauthorized');

    await suspendAgent(admin, { userId: agent.id, reason: 'Left the team.' });
    expect((await refusal(actorFromToken(token, null))).code).toBe('unauthorized');

    const customer = await makeUser('customer');
    const other = await createApiToken(customer, { name: 'x', scopes: ['read'] });
    await revokeApiToken(customer, { id: other.id });
    expect((await refusal(actorFromToken(other.token, null))).code).toBe('unauthorized');
  });

  it('lets nobody revoke another person’s token, and no token manage tokens', async () => {
    const owner = await makeUser('customer');
    const stranger = await makeUser('customer');
    const { id, token } = await createApiToken(owner, { name: 'mine', scopes: ['read', 'write'] });
    expect((await refusal(revokeApiToken(stranger, { id }))).code).toBe('not_found');
    const viaToken = await actorFromToken(token, null);
    expect((await refusal(createApiToken(viaToken, { name: 'more', scopes: ['read'] }))).code).toBe('forbidden');
    expect((await refusal(createApiToken({ kind: 'anonymous' }, { name: 'x', scopes: ['read'] }))).code).toBe('unauthorized');
  });

  it('answers field errors for bad input', async () => {
    const user = await makeUser('customer');
    const error = await refusal(createApiToken(user, { name: '', scopes: ['write'], expiresInDays: 0 }));
    expect(Object.keys(error.fields ?? {}).sort()).toEqual(['expiresInDays', 'name', 'scopes']);
  });
});
