const BASE_MS = 30_000;
const CAP_MS = 60 * 60 * 1000;
// A Retry-After beyond this is taken as this: the retry window is the limit that matters.
const LONGEST_RETRY_AFTER_MS = 6 * 60 * 60 * 1000;

/**
 * How long to wait before attempt `attempts + 1`: 30 s doubling up to an hour, with "equal
 * jitter" (half fixed, half random) so that many senders failing together do not retry together.
 */
export function backoffMs(attempts: number, random: () => number = Math.random): number {
  const ceiling = Math.min(CAP_MS, BASE_MS * 2 ** Math.max(0, attempts - 1));
  return Math.round(ceiling / 2 + (ceiling / 2) * random());
}

/** A Retry-After header (seconds or an HTTP date) in milliseconds from `now`, or null. */
export function retryAfterMs(header: string | null | undefined, now: Date): number | null {
  if (!header) return null;
  const value = header.trim();
  const ms = /^\d+$/.test(value) ? Number(value) * 1000 : Date.parse(value) - now.getTime();
  if (!Number.isFinite(ms)) return null;
  return Math.min(Math.max(ms, 0), LONGEST_RETRY_AFTER_MS);
}
