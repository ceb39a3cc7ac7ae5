import { createFileWorker, type FileWorker, type FileWorkerOptions } from './worker';

// On globalThis so that a reloaded module (next dev) finds the worker already running.
const state = globalThis as unknown as { desklineFileWorker?: FileWorker };

/**
 * Starts this process's file worker (virus scans, thumbnails), once; every app instance runs
 * one, and the rows' locks and leases keep them from processing a file twice.
 */
export async function startFileWorker(options: FileWorkerOptions = {}): Promise<FileWorker> {
  if (state.desklineFileWorker) return state.desklineFileWorker;
  const worker = createFileWorker(options);
  state.desklineFileWorker = worker;
  await worker.start();
  return worker;
}

export async function stopFileWorker(): Promise<void> {
  const worker = state.desklineFileWorker;
  state.desklineFileWorker = undefined;
  await worker?.stop();
}
