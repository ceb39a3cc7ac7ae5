import 'server-only';
import { type AdvisoryLock, lockForTransaction } from '@/db/advisory-locks';
import { getDb, type Transaction } from '@/db/client';
import { isUniqueViolation } from '@/db/errors';
import { AppError } from '@/lib/errors';

/**
 * Runs a write that reads, then writes, names or positions (slugs, orders) under the lock of its
 * kind, so writers take turns. Only a writer that skips the lock (a seed, a script) can take a
 * unique value in between; the caller says how to put that to the user.
 */
export async function writeUnderLock<T>(lock: AdvisoryLock, takenMessage: string, work: (tx: Transaction) => Promise<T>): Promise<T> {
  const db = await getDb();
  try {
    return await db.transaction(async (tx) => {
      await lockForTransaction(tx, lock);
      return work(tx);
    });
  } catch (error) {
    if (isUniqueViolation(error)) throw new AppError('conflict', takenMessage);
    throw error;
  }
}
