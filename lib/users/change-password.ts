import 'server-only';
import { eq } from 'drizzle-orm';
import { getDb } from '@/db/client';
import { users } from '@/db/schema';
import type { Actor } from '@/lib/access/actor';
import { recordAudit } from '@/lib/audit/record';
import { AppError, parseInput } from '@/lib/errors';
import { consumeLimit, resetLimit } from '@/lib/rate-limit/limiter';
import { passwordChangePerEmail } from '@/lib/rate-limit/rules';
import { revokeUserSessions } from '@/lib/sessions/sessions';
import { hashPassword, verifyPassword } from './password';
import { passwordChangeSchema } from './schemas';

/**
 * The signed-in person sets a new password, proving the current one. Every other session of
 * theirs ends; the one making the change stays signed in.
 */
export async function changePassword(actor: Actor, input: unknown): Promise<{ sessionsEnded: number }> {
  if (actor.kind !== 'user') throw new AppError('unauthorized', 'Please sign in to continue.');
  const { currentPassword, password } = parseInput(passwordChangeSchema, input);
  // Guessing the current password here counts as guessing it at sign-in.
  const email = actor.email.toLowerCase();
  await consumeLimit(passwordChangePerEmail(), email);

  const db = await getDb();
  const [row] = await db.select({ passwordHash: users.passwordHash }).from(users).where(eq(users.id, actor.id)).limit(1);
  if (!(await verifyPassword(row?.passwordHash, currentPassword))) {
    throw new AppError('validation', 'Your current password is not right.', {
      fields: { currentPassword: ['Check your current password and try again.'] },
    });
  }
  await resetLimit(passwordChangePerEmail(), email);
  const passwordHash = await hashPassword(password);

  return db.transaction(async (tx) => {
    await tx.update(users).set({ passwordHash, updatedAt: new Date() }).where(eq(users.id, actor.id));
    const sessionsEnded = await revokeUserSessions(tx, actor.id, { exceptId: actor.sessionId });
    await recordAudit(tx, actor, {
      kind: 'password_changed',
      subjectType: 'user',
      subjectId: actor.id,
      subjectLabel: actor.email,
      detail: { sessionsEnded },
    });
    return { sessionsEnded };
  });
}
