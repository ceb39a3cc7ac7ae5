import { and, asc, eq, inArray, isNotNull, isNull, lte, or, sql } from 'drizzle-orm';
import type { Database, Executor } from '@/db/client';
import { type Attachment, attachments, storageGarbage } from '@/db/schema';

export type ClaimedFile = Pick<
  Attachment,
  'id' | 'ticketId' | 'storageKey' | 'fileName' | 'contentType' | 'sizeBytes' | 'scanStatus' | 'thumbnailState' | 'processAttempts'
>;

/**
 * Takes up to `limit` files whose scan or thumbnail is due, and whose last worker's lease (if
 * any) has run out. `SKIP LOCKED` lets workers on other instances take other rows meanwhile;
 * the lease keeps them off these rows afterwards. Each claim counts as an attempt.
 */
export async function claimDueFiles(db: Database, now: Date, limit: number, leaseMs: number): Promise<ClaimedFile[]> {
  const due = db
    .select({ id: attachments.id })
    .from(attachments)
    .where(
      and(
        isNotNull(attachments.processAfter),
        lte(attachments.processAfter, now),
        or(isNull(attachments.leaseUntil), lte(attachments.leaseUntil, now)),
      ),
    )
    .orderBy(asc(attachments.processAfter))
    .limit(limit)
    .for('update', { skipLocked: true });
  return db
    .update(attachments)
    .set({ leaseUntil: new Date(now.getTime() + leaseMs), processAttempts: sql`${attachments.processAttempts} + 1` })
    .where(inArray(attachments.id, due))
    .returning({
      id: attachments.id,
      ticketId: attachments.ticketId,
      storageKey: attachments.storageKey,
      fileName: attachments.fileName,
      contentType: attachments.contentType,
      sizeBytes: attachments.sizeBytes,
      scanStatus: attachments.scanStatus,
      thumbnailState: attachments.thumbnailState,
      processAttempts: attachments.processAttempts,
    });
}

export type FileOutcome = Pick<Attachment, 'scanStatus' | 'thumbnailState' | 'processAfter'> & { thumbnailKey?: string };

/**
 * Records what the worker did with a claimed file. The claim's attempt number fences it: a
 * worker whose lease ran out, and whose row another has claimed since, changes nothing. The
 * object of an infected file is queued for deletion in the same transaction, so it goes even if
 * the worker stops before removing it itself. False when the row was not updated (fenced off,
 * or the file was deleted meanwhile).
 */
export async function completeFile(db: Database, claimed: ClaimedFile, outcome: FileOutcome): Promise<boolean> {
  return db.transaction(async (tx) => {
    const updated = await tx
      .update(attachments)
      .set({ ...outcome, leaseUntil: null })
      .where(and(eq(attachments.id, claimed.id), eq(attachments.processAttempts, claimed.processAttempts)))
      .returning({ id: attachments.id });
    if (updated.length === 0) return false;
    if (outcome.scanStatus === 'infected') await queueGarbage(tx, claimed.storageKey);
    return true;
  });
}

export async function queueGarbage(tx: Executor, storageKey: string): Promise<void> {
  await tx.insert(storageGarbage).values({ storageKey }).onConflictDoNothing();
}

/** The object is gone already: it need not wait for the sweeper. */
export async function forgetGarbage(db: Executor, storageKey: string): Promise<void> {
  await db.delete(storageGarbage).where(eq(storageGarbage.storageKey, storageKey));
}
