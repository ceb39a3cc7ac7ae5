import { and, eq, sql } from 'drizzle-orm';
import { getDb } from '@/db/client';
import { apiTokens, type ApiTokenScope, users } from '@/db/schema';
import type { UserActor } from '@/lib/access/actor';
import { AppError } from '@/lib/errors';
import { hashToken, looksLikeToken } from './token-format';

export type TokenActor = UserActor & { tokenId: string; scopes: ApiTokenScope[] };

// Writing the last-used time on every call would turn each read into a write.
const TOUCH_EVERY_MS = 60_000;

const refused = () => new AppError('unauthorized', 'The API token is not valid: it may be mistyped, revoked or expired.');

/**
 * The user a bearer token acts as, read afresh with their current role and status: a token
 * never carries more than its owner may do now. Staff who are suspended or rejected, and
 * revoked or expired tokens, are refused.
 */
export async function actorFromToken(token: string, ip: string | null, now = new Date()): Promise<TokenActor> {
  if (!looksLikeToken(token)) throw refused();
  const db = await getDb();
  const [row] = await db
    .select({
      tokenId: apiTokens.id,
      scopes: apiTokens.scopes,
      expiresAt: apiTokens.expiresAt,
      revokedAt: apiTokens.revokedAt,
      lastUsedAt: apiTokens.lastUsedAt,
      id: users.id,
      email: users.email,
      name: users.name,
      phone: users.phone,
      role: users.role,
      staffStatus: users.staffStatus,
    })
    .from(apiTokens)
    .innerJoin(users, eq(users.id, apiTokens.userId))
    .where(eq(apiTokens.tokenHash, hashToken(token)))
    .limit(1);
  if (!row || row.revokedAt || (row.expiresAt && row.expiresAt <= now)) throw refused();
  if (row.staffStatus === 'suspended' || row.staffStatus === 'rejected') {
    throw new AppError('unauthorized', 'This account may not use the API any more.');
  }
  if (!row.lastUsedAt || now.getTime() - row.lastUsedAt.getTime() > TOUCH_EVERY_MS) {
    await db
      .update(apiTokens)
      .set({ lastUsedAt: now, lastUsedIp: ip })
      .where(and(eq(apiTokens.id, row.tokenId), sql`${apiTokens.lastUsedAt} is not distinct from ${row.lastUsedAt?.toISOString() ?? null}::timestamptz`));
  }
  const { expiresAt: _e, revokedAt: _r, lastUsedAt: _l, ...actor } = row;
  return { kind: 'user', ...actor };
}

/** Whether a token's scopes cover a request: reading needs `read`, anything else `write`. */
export function scopeFor(method: string): ApiTokenScope {
  return method === 'GET' || method === 'HEAD' ? 'read' : 'write';
}
