import { sql } from 'drizzle-orm';
import type { Executor } from '@/db/client';
import { type MailSuppressionReason, mailSuppressions } from '@/db/schema';

/**
 * Stops all mail to an address, for a hard bounce or a spam complaint. The sender checks the
 * list before each send; mail already queued for the address ends as `suppressed`.
 */
export async function suppressAddress(db: Executor, input: { email: string; reason: MailSuppressionReason; detail?: string | null; now?: Date }): Promise<void> {
  const now = input.now ?? new Date();
  await db
    .insert(mailSuppressions)
    .values({ email: input.email.trim().toLowerCase(), reason: input.reason, detail: input.detail ?? null, createdAt: now })
    .onConflictDoUpdate({ target: mailSuppressions.email, set: { reason: sql`excluded.reason`, detail: sql`excluded.detail`, createdAt: now } });
}
