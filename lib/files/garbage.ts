import 'server-only';
import { and, asc, eq, inArray, isNull, lt, sql } from 'drizzle-orm';
import { getDb } from '@/db/client';
import { attachments, storageGarbage } from '@/db/schema';
import { logger } from '@/lib/log/logger';
import { type FileStorage, fileStorage } from './storage';

/** A staged file nobody sent within this long is deleted. */
export const STAGED_LIFETIME_MS = 24 * 60 * 60 * 1000;
/** After this many failed deletions an object is left alone (and logged) rather than retried forever. */
export const MAX_GARBAGE_ATTEMPTS = 20;

/**
 * Deletes staged files older than a day; the attachments trigger queues their objects in
 * storage_garbage in the same statement, so `sweepStorageGarbage` removes them next.
 */
export async function sweepStagedFiles(now = new Date()): Promise<number> {
  const db = await getDb();
  const removed = await db
    .delete(attachments)
    .where(and(isNull(attachments.ticketId), isNull(attachments.messageId), isNull(attachments.attachedAt), lt(attachments.createdAt, new Date(now.getTime() - STAGED_LIFETIME_MS))))
    .returning({ id: attachments.id });
  return removed.length;
}

/**
 * Removes queued objects from storage, a batch at a time. Each row stays locked while its object
 * is deleted, so two instances never work on the same one; a failure counts an attempt and is
 * retried on a later pass, the least tried first.
 */
export async function sweepStorageGarbage(options: { batchSize?: number; storage?: FileStorage } = {}): Promise<{ claimed: number; removed: number }> {
  const batchSize = options.batchSize ?? 50;
  const storage = options.storage ?? fileStorage();
  const db = await getDb();
  return db.transaction(async (tx) => {
    const rows = await tx
      .select({ key: storageGarbage.storageKey })
      .from(storageGarbage)
      .where(lt(storageGarbage.attempts, MAX_GARBAGE_ATTEMPTS))
      .orderBy(asc(storageGarbage.attempts), asc(storageGarbage.queuedAt))
      .limit(batchSize)
      .for('update', { skipLocked: true });
    const done: string[] = [];
    for (const { key } of rows) {
      try {
        await storage.remove(key);
        done.push(key);
      } catch (error) {
        logger().warn({ err: error, key }, 'could not delete a stored file; will retry');
        await tx.update(storageGarbage).set({ attempts: sql`${storageGarbage.attempts} + 1` }).where(eq(storageGarbage.storageKey, key));
      }
    }
    if (done.length > 0) await tx.delete(storageGarbage).where(inArray(storageGarbage.storageKey, done));
    return { claimed: rows.length, removed: done.length };
  });
}
