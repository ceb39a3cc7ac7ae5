import { env } from '@/lib/env';
import { createWebhookWorker, type WebhookWorker, type WebhookWorkerOptions } from './worker';

// On globalThis so that a reloaded module (next dev) finds the worker already running.
const state = globalThis as unknown as { desklineWebhookWorker?: WebhookWorker };

/**
 * Starts this process's webhook sender, once; every app instance runs one, and the outbox's
 * locks and leases keep them from sending a delivery twice. WEBHOOK_WORKER=false leaves it off.
 */
export async function startWebhookWorker(options: WebhookWorkerOptions = {}): Promise<WebhookWorker | null> {
  if (state.desklineWebhookWorker) return state.desklineWebhookWorker;
  if (!env.WEBHOOK_WORKER) return null;
  const worker = createWebhookWorker(options);
  state.desklineWebhookWorker = worker;
  await worker.start();
  return worker;
}

/** Asks this process's sender to look now (after an admin's "send again", for instance). */
export function wakeWebhookWorker(): void {
  state.desklineWebhookWorker?.wake();
}
