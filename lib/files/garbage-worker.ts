import 'server-only';
import { createPollLoop, type PollLoop } from '@/lib/jobs/poll-loop';
import { logger } from '@/lib/log/logger';
import { sweepStagedFiles, sweepStorageGarbage } from './garbage';

const BATCH = 50;
const POLL_MS = 60_000;

// On globalThis so that a reloaded module (next dev) finds the sweeper already running.
const state = globalThis as unknown as { desklineFilesSweeper?: PollLoop };

/** Starts this process's sweeper of unsent uploads and deleted files' objects, once. */
export async function startFilesSweeper(): Promise<PollLoop> {
  if (state.desklineFilesSweeper) return state.desklineFilesSweeper;
  const loop = createPollLoop({
    batchSize: BATCH,
    pollMs: () => POLL_MS,
    tick: async () => {
      await sweepStagedFiles();
      return sweepStorageGarbage({ batchSize: BATCH });
    },
    onError: (error) => logger().error({ err: error }, 'files sweeper failed'),
  });
  state.desklineFilesSweeper = loop;
  await loop.start();
  return loop;
}

export async function stopFilesSweeper(): Promise<void> {
  const loop = state.desklineFilesSweeper;
  state.desklineFilesSweeper = undefined;
  await loop?.stop();
}
