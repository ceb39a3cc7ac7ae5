import { sql } from 'drizzle-orm';
import type { Executor } from './client';

/**
 * Every PostgreSQL advisory lock the app takes, in one list: any numbers work, as long as no two
 * uses share one.
 */
export const advisoryLocks = {
  /** Instances starting together take turns to migrate. */
  migration: 7_402_611,
  /** Agent decisions and role changes, one at a time, so the last-admin rule sees them in order. */
  moderation: 7_402_612,
  /** Two instances starting on one empty database must not both seed it. */
  seed: 7_402_613,
  /** FAQ writes: slugs and positions are read, then written. */
  faq: 7_402_620,
  /** Category writes: names, slugs and positions are read, then written. */
  categories: 7_402_621,
} as const;

export type AdvisoryLock = keyof typeof advisoryLocks;

/** Takes the lock until the transaction ends. */
export async function lockForTransaction(tx: Executor, lock: AdvisoryLock): Promise<void> {
  await tx.execute(sql`select pg_advisory_xact_lock(${advisoryLocks[lock]})`);
}
