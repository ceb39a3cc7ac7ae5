import { mailSettings } from './settings';
import { createMailWorker, type MailWorker, type MailWorkerOptions } from './worker';

// On globalThis so that a reloaded module (next dev) finds the worker already running.
const state = globalThis as unknown as { desklineMailWorker?: MailWorker };

/**
 * Starts this process's mail sender, once; every app instance runs one, and the outbox's locks
 * and leases keep them from sending a mail twice. MAIL_WORKER=false leaves it off.
 */
export async function startMailWorker(options: MailWorkerOptions = {}): Promise<MailWorker | null> {
  if (state.desklineMailWorker) return state.desklineMailWorker;
  if (!mailSettings().workerEnabled) return null;
  const worker = createMailWorker(options);
  state.desklineMailWorker = worker;
  await worker.start();
  return worker;
}

export async function stopMailWorker(): Promise<void> {
  const worker = state.desklineMailWorker;
  state.desklineMailWorker = undefined;
  await worker?.stop();
}

/** Asks this process's sender to look for mail now (after an admin's retry, for instance). */
export function wakeMailWorker(): void {
  state.desklineMailWorker?.wake();
}
