import { randomUUID } from 'node:crypto';
import { and, desc, eq } from 'drizzle-orm';
import { describe, expect, it } from 'vitest';
import { getDb } from '@/db/client';
import { auditEvents, mailMessages, passwordResetTokens } from '@/db/schema';
import { AppError } from '@/lib/errors';
import { startSession } from '@/lib/sessions/sessions';
import { freshIp, makeUser } from '@/lib/testing/fixtures';
import { loadSessionActor } from './actor';
import { authenticate } from './authenticate';
import { isResetTokenUsable, requestPasswordReset, resetPassword } from './password-reset';

const NEW_PASSWORD = 'a fresh reset passphrase';

async function errorOf(promise: Promise<unknown>): Promise<AppError> {
  const error = await promise.then(
    () => null,
    (e: unknown) => e,
  );
  expect(error).toBeInstanceOf(AppError);
  return error as AppError;
}

async function resetMails(email: string) {
  const db = await getDb();
  return db
    .select({ text: mailMessages.text, userId: mailMessages.recipientUserId })
    .from(mailMessages)
    .where(and(eq(mailMessages.recipientEmail, email), eq(mailMessages.kind, 'password_reset')))
    .orderBy(desc(mailMessages.createdAt));
}

async function linkFor(email: string): Promise<string> {
  await requestPasswordReset({ email }, { ip: freshIp() });
  const [mail] = await resetMails(email);
  const token = mail?.text.match(/\/reset-password\/([A-Za-z0-9_-]+)/)?.[1];
  if (!token) throw new Error('no reset link in the mail');
  return token;
}

describe('requestPasswordReset', () => {
  it('queues a mail with a single-use link to the owner, storing only a hash of the token', async () => {
    const user = await makeUser('customer');
    const token = await linkFor(user.email);
    const mails = await resetMails(user.email);
    expect(mails).toHaveLength(1);
    expect(mails[0]?.userId).toBe(user.id);
    const db = await getDb();
    const rows = await db.select().from(passwordResetTokens).where(eq(passwordResetTokens.userId, user.id));
    expect(rows).toHaveLength(1);
    expect(rows[0]?.tokenHash).toMatch(/^[0-9a-f]{64}$/);
    expect(rows[0]?.tokenHash).not.toContain(token);
    expect(await isResetTokenUsable(token)).toBe(true);
  });

  it('answers an unknown address exactly as a known one, and sends nothing', async () => {
    const email = `nobody-${randomUUID().slice(0, 8)}@example.test`;
    await expect(requestPasswordReset({ email }, { ip: freshIp() })).resolves.toBeUndefined();
    expect(await resetMails(email)).toHaveLength(0);
  });

  it('refuses too many requests for one address, known or not', async () => {
    const email = `often-${randomUUID().slice(0, 8)}@example.test`;
    for (let i = 0; i < 3; i += 1) await requestPasswordReset({ email }, { ip: freshIp() });
    expect((await errorOf(requestPasswordReset({ email }, { ip: freshIp() }))).code).toBe('rate_limited');
  });
});

describe('resetPassword', () => {
  it('sets the password, ends every session, spends all the user’s links and writes an audit event', async () => {
    const user = await makeUser('agent', 'approved');
    const sessionId = await startSession({ userId: user.id });
    const older = await linkFor(user.email);
    const token = await linkFor(user.email);

    await resetPassword({ token, password: NEW_PASSWORD });
    expect(await authenticate({ email: user.email, password: NEW_PASSWORD }, { ip: freshIp() })).toMatchObject({ id: user.id });
    expect(await loadSessionActor(user.id, sessionId)).toEqual({ kind: 'anonymous' });
    expect(await isResetTokenUsable(older)).toBe(false);
    expect((await errorOf(resetPassword({ token: older, password: NEW_PASSWORD }))).code).toBe('not_found');

    const db = await getDb();
    const events = await db.select().from(auditEvents).where(and(eq(auditEvents.subjectId, user.id), eq(auditEvents.kind, 'password_reset')));
    expect(events).toHaveLength(1);
    expect(events[0]?.actorId).toBe(user.id);
  });

  it('works once', async () => {
    const user = await makeUser('customer');
    const token = await linkFor(user.email);
    await resetPassword({ token, password: NEW_PASSWORD });
    expect((await errorOf(resetPassword({ token, password: 'another new passphrase' }))).code).toBe('not_found');
  });

  it('refuses an expired link and a made-up one', async () => {
    const user = await makeUser('customer');
    const token = await linkFor(user.email);
    const inTwoHours = new Date(Date.now() + 2 * 60 * 60_000);
    expect(await isResetTokenUsable(token, inTwoHours)).toBe(false);
    expect((await errorOf(resetPassword({ token, password: NEW_PASSWORD }, inTwoHours))).code).toBe('not_found');
    expect((await errorOf(resetPassword({ token: 'x'.repeat(43), password: NEW_PASSWORD }))).code).toBe('not_found');
  });

  it('checks the new password with the sign-up rules', async () => {
    const user = await makeUser('customer');
    const token = await linkFor(user.email);
    expect((await errorOf(resetPassword({ token, password: 'short' }))).code).toBe('validation');
    expect(await isResetTokenUsable(token)).toBe(true);
  });
});
