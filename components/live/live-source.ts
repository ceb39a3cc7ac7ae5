/**
 * One EventSource per address, shared by every component on the page that listens to it. The
 * browser reconnects by itself and sends Last-Event-ID; the server replays or asks to resync.
 */
export type LiveMessage = { type: string; data: Record<string, unknown> };
type Handler = (message: LiveMessage) => void;

const types = ["ticket", "notification", "presence", "resync"] as const;
const sources = new Map<
  string,
  { source: EventSource; handlers: Set<Handler> }
>();

export function subscribeLive(url: string, handler: Handler): () => void {
  let entry = sources.get(url);
  if (!entry) {
    const source = new EventSource(url);
    const handlers = new Set<Handler>();
    for (const type of types) {
      source.addEventListener(type, (event) => {
        let data: Record<string, unknown> = {};
        try {
          data = JSON.parse((event as MessageEvent<string>).data) as Record<
            string,
            unknown
          >;
        } catch {
          return;
        }
        for (const listener of handlers) listener({ type, data });
      });
    }
    entry = { source, handlers };
    sources.set(url, entry);
  }
  entry.handlers.add(handler);
  const current = entry;
  return () => {
    current.handlers.delete(handler);
    if (current.handlers.size === 0) {
      current.source.close();
      sources.delete(url);
    }
  };
}
