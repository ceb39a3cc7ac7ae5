import 'server-only';
import { createPollLoop, type PollLoop } from '@/lib/jobs/poll-loop';
import { logger } from '@/lib/log/logger';
import { recordSlaBreaches } from './breaches';

const BATCH = 100;
const POLL_MS = 60_000;

// On globalThis so that a reloaded module (next dev) finds the pass already running.
const state = globalThis as unknown as { desklineSlaBreaches?: PollLoop };

/** Starts this process's periodic pass over overdue SLA targets, once. */
export async function startSlaBreachWorker(): Promise<PollLoop> {
  if (state.desklineSlaBreaches) return state.desklineSlaBreaches;
  const loop = createPollLoop({
    batchSize: BATCH * 3,
    pollMs: () => POLL_MS,
    tick: () => recordSlaBreaches(new Date(), BATCH),
    onError: (error) => logger().error({ err: error }, 'SLA breach pass failed'),
  });
  state.desklineSlaBreaches = loop;
  await loop.start();
  return loop;
}

export async function stopSlaBreachWorker(): Promise<void> {
  const loop = state.desklineSlaBreaches;
  state.desklineSlaBreaches = undefined;
  await loop?.stop();
}
