/**
 * The TCP peer of a request, as Deskline's own HTTP server (scripts/serve.ts) passes it to the
 * app: Next.js gives route code no socket, and its X-Forwarded-For keeps whatever a client sent.
 * The server overwrites this header on every request, so a client cannot choose it; it is read
 * only in a process where that server runs, where nothing else can have set it.
 */
export const PEER_HEADER = 'x-deskline-peer';

const marker = Symbol.for('deskline.peer-server');

/** Called by the server before it accepts requests. */
export function markPeerServer(): void {
  (globalThis as Record<symbol, unknown>)[marker] = true;
}

export function peerFrom(headers: Headers): string | undefined {
  if ((globalThis as Record<symbol, unknown>)[marker] !== true) return undefined;
  return headers.get(PEER_HEADER)?.trim() || undefined;
}
