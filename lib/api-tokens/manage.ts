import { and, count, desc, eq, gt, isNull, or, sql } from 'drizzle-orm';
import { getDb } from '@/db/client';
import { apiTokens, type ApiTokenScope } from '@/db/schema';
import { type Actor, type UserActor } from '@/lib/access/actor';
import { recordAudit } from '@/lib/audit/record';
import { AppError, notFound, parseInput } from '@/lib/errors';
import { createTokenSchema, TOKENS_PER_USER, tokenIdSchema } from './schemas';
import { generateToken, hashToken, visiblePrefix } from './token-format';

export type ApiTokenView = {
  id: string;
  name: string;
  prefix: string;
  scopes: ApiTokenScope[];
  createdAt: Date;
  expiresAt: Date | null;
  lastUsedAt: Date | null;
  /** The address of that last use, as the API's client-address rule saw it. */
  lastUsedIp: string | null;
  revokedAt: Date | null;
};

export type CreatedApiToken = ApiTokenView & { token: string };

const DAY_MS = 24 * 60 * 60 * 1000;

const viewColumns = {
  id: apiTokens.id,
  name: apiTokens.name,
  prefix: apiTokens.prefix,
  scopes: apiTokens.scopes,
  createdAt: apiTokens.createdAt,
  expiresAt: apiTokens.expiresAt,
  lastUsedAt: apiTokens.lastUsedAt,
  lastUsedIp: apiTokens.lastUsedIp,
  revokedAt: apiTokens.revokedAt,
};

/**
 * Tokens are managed with a signed-in browser session only: a token that could mint tokens
 * would turn a leaked read token into a lasting write one.
 */
function assertSessionUser(actor: Actor): asserts actor is UserActor {
  if (actor.kind !== 'user') throw new AppError('unauthorized', 'Please sign in to continue.');
  if (actor.tokenId) throw new AppError('forbidden', 'Tokens are managed while signed in, not with another token.');
}

const live = (now: Date) => and(isNull(apiTokens.revokedAt), or(isNull(apiTokens.expiresAt), gt(apiTokens.expiresAt, now)));

/** A new token for the acting user; the token itself is returned this once and never stored. */
export async function createApiToken(actor: Actor, input: unknown, now = new Date()): Promise<CreatedApiToken> {
  assertSessionUser(actor);
  const data = parseInput(createTokenSchema, input);
  const token = generateToken();
  const db = await getDb();
  return db.transaction(async (tx) => {
    // Serialises one person's creations so the cap holds under concurrent requests.
    await tx.execute(sql`select pg_advisory_xact_lock(hashtext('api-tokens'), hashtext(${actor.id}))`);
    const [held] = await tx.select({ n: count() }).from(apiTokens).where(and(eq(apiTokens.userId, actor.id), live(now)));
    if ((held?.n ?? 0) >= TOKENS_PER_USER) {
      throw new AppError('conflict', `You already have ${TOKENS_PER_USER} tokens. Revoke one you no longer use first.`);
    }
    const [row] = await tx
      .insert(apiTokens)
      .values({
        userId: actor.id,
        name: data.name,
        prefix: visiblePrefix(token),
        tokenHash: hashToken(token),
        scopes: data.scopes,
        createdAt: now,
        expiresAt: data.expiresInDays ? new Date(now.getTime() + data.expiresInDays * DAY_MS) : null,
      })
      .returning(viewColumns);
    if (!row) throw new Error('token insert returned no row');
    await recordAudit(tx, actor, {
      kind: 'api_token_created',
      subjectType: 'api_token',
      subjectId: row.id,
      subjectLabel: row.name,
      to: row.scopes.join(','),
      detail: { prefix: row.prefix, expiresAt: row.expiresAt?.toISOString() ?? null },
    });
    return { ...row, token };
  });
}

/** The acting user's tokens, newest first, revoked ones included so the list tells the whole story. */
export async function listApiTokens(actor: Actor): Promise<ApiTokenView[]> {
  assertSessionUser(actor);
  const db = await getDb();
  return db.select(viewColumns).from(apiTokens).where(eq(apiTokens.userId, actor.id)).orderBy(desc(apiTokens.createdAt), desc(apiTokens.id)).limit(100);
}

/** Revokes one of the acting user's tokens; it stops working on its next request. */
export async function revokeApiToken(actor: Actor, input: unknown, now = new Date()): Promise<ApiTokenView> {
  assertSessionUser(actor);
  const { id } = parseInput(tokenIdSchema, input);
  const db = await getDb();
  return db.transaction(async (tx) => {
    const [row] = await tx
      .update(apiTokens)
      .set({ revokedAt: sql`coalesce(${apiTokens.revokedAt}, ${now.toISOString()}::timestamptz)` })
      .where(and(eq(apiTokens.id, id), eq(apiTokens.userId, actor.id)))
      .returning(viewColumns);
    if (!row) throw notFound('No such token.');
    await recordAudit(tx, actor, { kind: 'api_token_revoked', subjectType: 'api_token', subjectId: row.id, subjectLabel: row.name, detail: { prefix: row.prefix } });
    return row;
  });
}
