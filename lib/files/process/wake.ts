import type { Database, Executor } from '@/db/client';
import { listenOnChannel } from '@/lib/mail/wake';
import { FILES_CHANNEL, notifyFilesQueued } from '../channel';

/**
 * Wakes every instance's file worker once the caller's transaction commits (PostgreSQL delivers
 * a notification sent inside a transaction only then), so a worker never looks for a row it
 * cannot see yet, nor for one rolled back. Call it in the transaction that attached the files.
 */
export async function wakeFileWorker(tx: Executor): Promise<void> {
  await notifyFilesQueued(tx);
}

/** Calls `onQueued` whenever files are waiting for a scan or a thumbnail, on any app instance. */
export async function listenForQueuedFiles(db: Database, onQueued: () => void): Promise<() => Promise<void>> {
  return listenOnChannel(db, FILES_CHANNEL, onQueued);
}
