import 'server-only';
import { and, desc, eq, gt, isNull, lt, ne, sql } from 'drizzle-orm';
import { type Executor, getDb } from '@/db/client';
import { userSessions } from '@/db/schema';
import type { Actor } from '@/lib/access/actor';
import { recordAudit } from '@/lib/audit/record';
import { AppError, parseInput } from '@/lib/errors';
import { publishUserChange } from '@/lib/live/publish';
import { SESSION_MAX_AGE_SECONDS } from './max-age';
import { sessionIdSchema } from './schemas';

// last_seen_at is a hint for the owner, not an audit trail: one write per few minutes is enough.
export const LAST_SEEN_RESOLUTION_MS = 5 * 60 * 1000;

export type SessionSummary = {
  id: string;
  createdAt: Date;
  lastSeenAt: Date;
  userAgent: string | null;
  current: boolean;
};

/** Opens a session row for a successful sign-in; its id goes into the session cookie. */
export async function startSession(input: { userId: string; userAgent?: string | null; ip?: string | null }, now = new Date()): Promise<string> {
  const db = await getDb();
  const [row] = await db
    .insert(userSessions)
    .values({
      userId: input.userId,
      createdAt: now,
      lastSeenAt: now,
      expiresAt: new Date(now.getTime() + SESSION_MAX_AGE_SECONDS * 1000),
      userAgent: input.userAgent?.slice(0, 300) || null,
      ip: input.ip?.slice(0, 64) || null,
    })
    .returning({ id: userSessions.id });
  if (!row) throw new Error('insert returned no row');
  return row.id;
}

/** Ends one session by its id (sign-out). Unknown or already ended ids are left alone. */
export async function endSession(sessionId: string | null | undefined): Promise<void> {
  if (!sessionId || !sessionIdSchema.safeParse({ sessionId }).success) return;
  const db = await getDb();
  await db.transaction(async (tx) => {
    const [ended] = await tx
      .update(userSessions)
      .set({ revokedAt: sql`now()` })
      .where(and(eq(userSessions.id, sessionId), isNull(userSessions.revokedAt)))
      .returning({ userId: userSessions.userId });
    if (ended) await publishUserChange(tx, ended.userId);
  });
}

/** Ends every live session of a user but `exceptId`, inside the caller's transaction. Returns how many. */
export async function revokeUserSessions(tx: Executor, userId: string, options: { exceptId?: string } = {}): Promise<number> {
  const rows = await tx
    .update(userSessions)
    .set({ revokedAt: sql`now()` })
    .where(
      and(
        eq(userSessions.userId, userId),
        isNull(userSessions.revokedAt),
        options.exceptId ? ne(userSessions.id, options.exceptId) : undefined,
      ),
    )
    .returning({ id: userSessions.id });
  // Open live streams of the ended sessions authorise again and close.
  if (rows.length) await publishUserChange(tx, userId);
  return rows.length;
}

/** Moves last_seen_at forward when it is older than the resolution; called after a session is read. */
export async function touchSession(sessionId: string, lastSeenAt: Date, now = new Date()): Promise<void> {
  if (now.getTime() - lastSeenAt.getTime() < LAST_SEEN_RESOLUTION_MS) return;
  const db = await getDb();
  await db
    .update(userSessions)
    .set({ lastSeenAt: now })
    .where(and(eq(userSessions.id, sessionId), lt(userSessions.lastSeenAt, new Date(now.getTime() - LAST_SEEN_RESOLUTION_MS))));
}

function signedIn(actor: Actor) {
  if (actor.kind !== 'user') throw new AppError('unauthorized', 'Please sign in to continue.');
  return actor;
}

/** The acting user's live sessions, newest activity first, the current one marked. */
export async function listOwnSessions(actor: Actor): Promise<SessionSummary[]> {
  const user = signedIn(actor);
  const db = await getDb();
  const rows = await db
    .select({ id: userSessions.id, createdAt: userSessions.createdAt, lastSeenAt: userSessions.lastSeenAt, userAgent: userSessions.userAgent })
    .from(userSessions)
    .where(and(eq(userSessions.userId, user.id), isNull(userSessions.revokedAt), gt(userSessions.expiresAt, sql`now()`)))
    .orderBy(desc(userSessions.lastSeenAt))
    .limit(100);
  return rows.map((row) => ({ ...row, current: row.id === user.sessionId }));
}

/** Signs one of the acting user's own sessions out; another user's id is "not found". */
export async function revokeOwnSession(actor: Actor, input: unknown): Promise<void> {
  const user = signedIn(actor);
  const { sessionId } = parseInput(sessionIdSchema, input);
  const db = await getDb();
  await db.transaction(async (tx) => {
    const [row] = await tx
      .update(userSessions)
      .set({ revokedAt: sql`now()` })
      .where(and(eq(userSessions.id, sessionId), eq(userSessions.userId, user.id), isNull(userSessions.revokedAt)))
      .returning({ id: userSessions.id });
    if (!row) throw new AppError('not_found', 'That session has already ended.');
    await publishUserChange(tx, user.id);
    await recordAudit(tx, actor, { kind: 'sessions_revoked', subjectType: 'user', subjectId: user.id, subjectLabel: user.email, detail: { count: 1 } });
  });
}

/** "Sign out everywhere else": every session of the acting user but the one making the request. */
export async function revokeOtherSessions(actor: Actor): Promise<number> {
  const user = signedIn(actor);
  const db = await getDb();
  return db.transaction(async (tx) => {
    const count = await revokeUserSessions(tx, user.id, { exceptId: user.sessionId });
    await recordAudit(tx, actor, { kind: 'sessions_revoked', subjectType: 'user', subjectId: user.id, subjectLabel: user.email, detail: { count } });
    return count;
  });
}
