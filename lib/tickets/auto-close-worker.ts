import 'server-only';
import { createPollLoop, type PollLoop } from '@/lib/jobs/poll-loop';
import { logger } from '@/lib/log/logger';
import { closeStaleResolvedTickets } from './auto-close';

const BATCH = 100;
// Closing is measured in days: a pass every ten minutes is prompt enough and costs one indexed query.
const POLL_MS = 10 * 60_000;

// On globalThis so that a reloaded module (next dev) finds the loop already running.
const state = globalThis as unknown as { desklineAutoCloser?: PollLoop };

/** Starts this process's pass that closes resolved tickets left unanswered, once. */
export async function startAutoCloser(): Promise<PollLoop> {
  if (state.desklineAutoCloser) return state.desklineAutoCloser;
  const loop = createPollLoop({
    batchSize: BATCH,
    pollMs: () => POLL_MS,
    tick: async () => {
      const pass = await closeStaleResolvedTickets({ batchSize: BATCH });
      if (pass.closed.length > 0) logger().info({ closed: pass.closed.length }, 'closed resolved tickets left unanswered');
      return pass;
    },
    onError: (error) => logger().error({ err: error }, 'auto-close pass failed'),
  });
  state.desklineAutoCloser = loop;
  await loop.start();
  return loop;
}

export async function stopAutoCloser(): Promise<void> {
  const loop = state.desklineAutoCloser;
  state.desklineAutoCloser = undefined;
  await loop?.stop();
}
