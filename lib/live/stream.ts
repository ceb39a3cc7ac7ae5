import type { Audience, LiveEvent } from './events';
import type { LiveHub } from './hub';

export const HEARTBEAT_MS = 20_000;

const encoder = new TextEncoder();

function frame(seq: number, event: LiveEvent | { type: 'resync' } | { type: 'hello' }): Uint8Array {
  return encoder.encode(`id: ${seq}\nevent: ${event.type}\ndata: ${JSON.stringify(event)}\n\n`);
}

/** Reads `Last-Event-ID` as the sequence number this instance gave; anything else is no number. */
export function parseLastEventId(value: string | null): number | null {
  if (!value || !/^\d{1,15}$/.test(value)) return null;
  return Number(value);
}

/**
 * An SSE response for one subscriber: missed events replayed (or `resync` when they cannot be),
 * then every event the audience may receive, comment heartbeats, and cleanup when the client goes.
 */
export function openLiveStream(options: {
  hub: LiveHub;
  audience: Audience;
  lastEventId: number | null;
  signal: AbortSignal;
  reauthorise: () => Promise<boolean>;
}): Response {
  const { hub, audience, signal } = options;
  hub.admit(audience);
  let cleanup = () => {};
  const body = new ReadableStream<Uint8Array>({
    start(controller) {
      let open = true;
      const push = (bytes: Uint8Array) => {
        if (!open) return;
        try {
          controller.enqueue(bytes);
        } catch {
          close();
        }
      };
      const close = () => {
        if (!open) return;
        open = false;
        clearInterval(heartbeat);
        unsubscribe();
        signal.removeEventListener('abort', close);
        try {
          controller.close();
        } catch {
          // already closed by the client
        }
      };
      const unsubscribe = hub.subscribe({ audience, send: (seq, event) => push(frame(seq, event)), reauthorise: options.reauthorise, close });
      const heartbeat = setInterval(() => push(encoder.encode(': keep-alive\n\n')), HEARTBEAT_MS);
      cleanup = close;
      signal.addEventListener('abort', close);

      push(encoder.encode('retry: 3000\n\n'));
      if (options.lastEventId !== null) {
        const missed = hub.replay(audience, options.lastEventId);
        if (missed) for (const { seq, event } of missed) push(frame(seq, event));
        else push(frame(hub.lastSeq, { type: 'resync' }));
      } else {
        push(frame(hub.lastSeq, { type: 'hello' }));
      }
      if (signal.aborted) close();
    },
    cancel() {
      cleanup();
    },
  });
  return new Response(body, {
    headers: {
      'Content-Type': 'text/event-stream; charset=utf-8',
      'Cache-Control': 'no-store, no-transform',
      Connection: 'keep-alive',
      'X-Accel-Buffering': 'no',
    },
  });
}
