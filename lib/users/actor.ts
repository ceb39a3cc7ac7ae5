import { and, eq, gt, isNull, sql } from 'drizzle-orm';
import { getDb } from '@/db/client';
import { userSessions, users } from '@/db/schema';
import { type Actor, anonymous } from '@/lib/access/actor';
import { touchSession } from '@/lib/sessions/sessions';

const actorColumns = {
  id: users.id,
  email: users.email,
  name: users.name,
  phone: users.phone,
  role: users.role,
  staffStatus: users.staffStatus,
};

/** Reads the acting user afresh, so a role or status change applies on the next request. */
export async function loadActor(userId: string | null | undefined): Promise<Actor> {
  if (!userId) return anonymous;
  const db = await getDb();
  const [row] = await db.select(actorColumns).from(users).where(eq(users.id, userId)).limit(1);
  return row ? { kind: 'user', ...row } : anonymous;
}

const uuidPattern = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

/**
 * The acting user of a session cookie: the user and their session row in one query. A session
 * that was signed out, revoked or has expired (or a cookie from before sessions had rows) is
 * anonymous.
 */
export async function loadSessionActor(userId: string | null | undefined, sessionId: string | null | undefined): Promise<Actor> {
  if (!userId || !sessionId || !uuidPattern.test(userId) || !uuidPattern.test(sessionId)) return anonymous;
  const db = await getDb();
  const [row] = await db
    .select({ ...actorColumns, lastSeenAt: userSessions.lastSeenAt })
    .from(users)
    .innerJoin(
      userSessions,
      and(eq(userSessions.userId, users.id), eq(userSessions.id, sessionId), isNull(userSessions.revokedAt), gt(userSessions.expiresAt, sql`now()`)),
    )
    .where(eq(users.id, userId))
    .limit(1);
  if (!row) return anonymous;
  const { lastSeenAt, ...actor } = row;
  await touchSession(sessionId, lastSeenAt);
  return { kind: 'user', ...actor, sessionId };
}
