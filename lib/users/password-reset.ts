import 'server-only';
import { createHash, randomBytes } from 'node:crypto';
import { and, eq, gt, isNull, sql } from 'drizzle-orm';
import { getDb } from '@/db/client';
import { passwordResetTokens, users } from '@/db/schema';
import { recordAudit } from '@/lib/audit/record';
import { AppError, parseInput } from '@/lib/errors';
import { renderMail } from '@/lib/mail/render';
import { queueMail } from '@/lib/mail/queue-mail';
import { appUrl } from '@/lib/mail/settings';
import { consumeLimit } from '@/lib/rate-limit/limiter';
import { passwordResetPerEmail, passwordResetPerIp } from '@/lib/rate-limit/rules';
import { revokeUserSessions } from '@/lib/sessions/sessions';
import { hashPassword } from './password';
import { forgotPasswordSchema, passwordResetSchema } from './schemas';

export const RESET_LINK_MINUTES = 60;

const hashToken = (token: string) => createHash('sha256').update(token).digest('hex');

const invalidLink = () => new AppError('not_found', 'This reset link is not valid any more. Ask for a new one.');

/**
 * Someone asks for a reset link. Whether or not the address has an account, the answer is the
 * same and takes about as long (the mail is rendered either way); only an owner gets the mail.
 * Every account can ask, whatever its role or status: a new password changes nothing about what
 * a suspended or rejected account may do.
 */
export async function requestPasswordReset(input: unknown, context: { ip?: string } = {}, now = new Date()): Promise<void> {
  const { email } = parseInput(forgotPasswordSchema, input);
  if (context.ip) await consumeLimit(passwordResetPerIp(), context.ip);
  await consumeLimit(passwordResetPerEmail(), email);

  const token = randomBytes(32).toString('base64url');
  const props = { resetUrl: appUrl(`/reset-password/${token}`), expiresInMinutes: RESET_LINK_MINUTES };
  const db = await getDb();
  const [user] = await db
    .select({ id: users.id, email: users.email, name: users.name })
    .from(users)
    .where(eq(sql`lower(${users.email})`, email))
    .limit(1);
  if (!user) {
    await renderMail('password_reset', { ...props, name: 'there' });
    return;
  }
  await db.transaction(async (tx) => {
    await tx.insert(passwordResetTokens).values({
      userId: user.id,
      tokenHash: hashToken(token),
      createdAt: now,
      expiresAt: new Date(now.getTime() + RESET_LINK_MINUTES * 60_000),
      requestIp: context.ip?.slice(0, 64) ?? null,
    });
    await queueMail(tx, { kind: 'password_reset', to: { email: user.email, userId: user.id }, props: { ...props, name: user.name } }, now);
  });
}

/** Whether a reset link can still be used, for the page that shows the form. */
export async function isResetTokenUsable(token: string, now = new Date()): Promise<boolean> {
  if (!passwordResetSchema.shape.token.safeParse(token).success) return false;
  const db = await getDb();
  const [row] = await db
    .select({ id: passwordResetTokens.id })
    .from(passwordResetTokens)
    .where(and(eq(passwordResetTokens.tokenHash, hashToken(token)), isNull(passwordResetTokens.usedAt), gt(passwordResetTokens.expiresAt, now)))
    .limit(1);
  return Boolean(row);
}

/**
 * Sets a new password from a reset link. The link works once: using it spends every unused
 * link of that user, and ends all their sessions.
 */
export async function resetPassword(input: unknown, now = new Date()): Promise<{ email: string }> {
  const { token, password } = parseInput(passwordResetSchema, input);
  const passwordHash = await hashPassword(password);
  const db = await getDb();
  return db.transaction(async (tx) => {
    // Spent by the update itself, so two submissions of one link cannot both succeed.
    const [spent] = await tx
      .update(passwordResetTokens)
      .set({ usedAt: now })
      .where(and(eq(passwordResetTokens.tokenHash, hashToken(token)), isNull(passwordResetTokens.usedAt), gt(passwordResetTokens.expiresAt, now)))
      .returning({ userId: passwordResetTokens.userId });
    if (!spent) throw invalidLink();
    await tx
      .update(passwordResetTokens)
      .set({ usedAt: now })
      .where(and(eq(passwordResetTokens.userId, spent.userId), isNull(passwordResetTokens.usedAt)));
    const [user] = await tx
      .update(users)
      .set({ passwordHash, updatedAt: now })
      .where(eq(users.id, spent.userId))
      .returning({ id: users.id, email: users.email, name: users.name, phone: users.phone, role: users.role, staffStatus: users.staffStatus });
    if (!user) throw invalidLink();
    const sessionsEnded = await revokeUserSessions(tx, user.id);
    await recordAudit(tx, { kind: 'user', ...user }, {
      kind: 'password_reset',
      subjectType: 'user',
      subjectId: user.id,
      subjectLabel: user.email,
      detail: { sessionsEnded },
    });
    return { email: user.email };
  });
}
