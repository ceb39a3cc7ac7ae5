import proxyaddr from 'proxy-addr';
import { env } from '@/lib/env';
import { peerFrom } from './peer';

type Trust = ReturnType<typeof proxyaddr.compile>;
const trustCache = new Map<string, Trust>();

function trustOf(proxies: readonly string[]): Trust {
  const key = proxies.join(',');
  let trust = trustCache.get(key);
  if (!trust) trustCache.set(key, (trust = proxyaddr.compile([...proxies])));
  return trust;
}

/** Whether `address` is one of the trusted proxies. */
export function isTrustedProxy(address: string, trustedProxies: readonly string[]): boolean {
  return trustedProxies.length > 0 && trustOf(trustedProxies)(address, 0);
}

// One client under both spellings (`::ffff:192.0.2.1` from a dual-stack socket) counts once.
function normalise(address: string): string {
  return address.replace(/^::ffff:(\d+\.\d+\.\d+\.\d+)$/i, '$1').slice(0, 64);
}

/**
 * The client's address, as Express's "trust proxy" finds it: with no trusted proxies the TCP
 * peer, whatever X-Forwarded-For says; otherwise the header is walked from the right, past each
 * trusted hop, and the first address not trusted (or the leftmost) is the client.
 */
export function resolveClientIp(input: { peer: string | undefined; forwardedFor: string | null; trustedProxies: readonly string[] }): string {
  if (!input.peer) return 'unknown';
  if (input.trustedProxies.length === 0) return normalise(input.peer);
  const request = { socket: { remoteAddress: input.peer }, headers: { 'x-forwarded-for': input.forwardedFor ?? undefined } };
  return normalise(proxyaddr(request as unknown as Parameters<typeof proxyaddr>[0], trustOf(input.trustedProxies)));
}

/**
 * The client address for rate limits. Without Deskline's server in front (`next dev`, a bare
 * `next start`) the peer is not known and every client counts as one, `unknown`.
 */
export function clientIp(headers: Headers): string {
  return resolveClientIp({ peer: peerFrom(headers), forwardedFor: headers.get('x-forwarded-for'), trustedProxies: env.TRUSTED_PROXIES });
}
