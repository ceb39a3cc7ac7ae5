import { and, asc, eq, inArray, lte, or, type SQL, sql } from 'drizzle-orm';
import type { Database } from '@/db/client';
import { type MailMessage, type MailStatus, mailMessages, mailSuppressions } from '@/db/schema';

/**
 * Takes up to `limit` due mails for this sender: queued ones whose time has come, and sending
 * ones whose sender's lease ran out (it crashed or hung). `SKIP LOCKED` lets senders on other
 * instances take other rows at the same moment instead of waiting; the lease keeps them off
 * these rows afterwards. Each claim counts as an attempt.
 */
export async function claimDueMail(db: Database, now: Date, limit: number, leaseMs: number): Promise<MailMessage[]> {
  const due = db
    .select({ id: mailMessages.id })
    .from(mailMessages)
    .where(
      or(
        and(eq(mailMessages.status, 'queued'), lte(mailMessages.nextAttemptAt, now)),
        and(eq(mailMessages.status, 'sending'), lte(mailMessages.leaseUntil, now)),
      ),
    )
    .orderBy(asc(mailMessages.nextAttemptAt))
    .limit(limit)
    .for('update', { skipLocked: true });
  return db
    .update(mailMessages)
    .set({
      status: 'sending',
      leaseUntil: new Date(now.getTime() + leaseMs),
      attempts: sql`${mailMessages.attempts} + 1`,
      updatedAt: now,
    })
    .where(inArray(mailMessages.id, due))
    .returning();
}

type Completion = {
  status: MailStatus;
  now: Date;
  lastError?: string | null;
  nextAttemptAt?: Date;
  providerMessageId?: string;
  /** The claim did not lead to a send (held, suppressed): it is not counted as an attempt. */
  uncount?: boolean;
};

/**
 * Records how a claimed mail went. The claim's attempt number fences it: a sender whose lease
 * ran out, and whose row another sender has claimed since, changes nothing.
 */
export async function completeMail(db: Database, claimed: Pick<MailMessage, 'id' | 'attempts'>, outcome: Completion): Promise<boolean> {
  const values: { [K in keyof typeof mailMessages.$inferInsert]?: (typeof mailMessages.$inferInsert)[K] | SQL } = {
    status: outcome.status,
    leaseUntil: null,
    updatedAt: outcome.now,
  };
  if (outcome.lastError !== undefined) values.lastError = outcome.lastError;
  if (outcome.nextAttemptAt) values.nextAttemptAt = outcome.nextAttemptAt;
  if (outcome.providerMessageId) values.providerMessageId = outcome.providerMessageId;
  if (outcome.status === 'sent') values.sentAt = outcome.now;
  if (outcome.uncount) values.attempts = sql`${mailMessages.attempts} - 1`;
  const updated = await db
    .update(mailMessages)
    .set(values)
    .where(and(eq(mailMessages.id, claimed.id), eq(mailMessages.status, 'sending'), eq(mailMessages.attempts, claimed.attempts)))
    .returning({ id: mailMessages.id });
  return updated.length > 0;
}

/** Which of these addresses must not be mailed (lower-cased, as stored). */
export async function suppressedAmong(db: Database, emails: string[]): Promise<Map<string, string>> {
  if (emails.length === 0) return new Map();
  const rows = await db
    .select({ email: mailSuppressions.email, reason: mailSuppressions.reason })
    .from(mailSuppressions)
    .where(inArray(mailSuppressions.email, [...new Set(emails.map((e) => e.toLowerCase()))]));
  return new Map(rows.map((row) => [row.email, row.reason]));
}
