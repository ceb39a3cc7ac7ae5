/**
 * The loop every outbox worker runs: a pass, then a pause of `pollMs` unless the pass claimed a
 * full batch (more may be due) or something woke it (a PostgreSQL notification, a test).
 */
export type PollLoopOptions = {
  /** One pass; `claimed` is how many rows it took. */
  tick: () => Promise<{ claimed: number }>;
  batchSize: number;
  pollMs: () => number;
  /** Subscribes `wake` to notifications; answers how to unsubscribe. */
  listen?: (wake: () => void) => Promise<() => Promise<void>>;
  onError: (error: unknown) => void;
};

export type PollLoop = {
  start: () => Promise<void>;
  /** Finishes the pass under way, then stops. */
  stop: () => Promise<void>;
  wake: () => void;
};

export function createPollLoop(options: PollLoopOptions): PollLoop {
  let running: Promise<void> | null = null;
  let stopped = true;
  let woken = false;
  let wakeUp: (() => void) | null = null;
  let unlisten: (() => Promise<void>) | null = null;

  function wake() {
    woken = true;
    wakeUp?.();
  }

  function pause(ms: number): Promise<void> {
    if (woken) return Promise.resolve();
    return new Promise((resolve) => {
      const timer = setTimeout(done, ms);
      function done() {
        clearTimeout(timer);
        wakeUp = null;
        resolve();
      }
      wakeUp = done;
    });
  }

  async function loop() {
    const pollMs = options.pollMs();
    while (!stopped) {
      woken = false;
      let full = false;
      try {
        full = (await options.tick()).claimed === options.batchSize;
      } catch (error) {
        options.onError(error);
      }
      if (stopped) break;
      if (!full) await pause(pollMs);
    }
  }

  return {
    wake,
    async start() {
      if (!stopped) return;
      stopped = false;
      if (options.listen) {
        try {
          unlisten = await options.listen(wake);
        } catch (error) {
          // Polling still does the work; it is only slower.
          options.onError(error);
        }
      }
      running = loop();
    },
    async stop() {
      stopped = true;
      wakeUp?.();
      await running;
      running = null;
      await unlisten?.().catch(options.onError);
      unlisten = null;
    },
  };
}
