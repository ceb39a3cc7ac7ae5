/**
 * The client address for rate limits. Behind a proxy the first X-Forwarded-For entry is the
 * client; `next start` sets that header itself for direct connections.
 */
export function clientIp(headers: Headers): string {
  const forwarded = headers.get('x-forwarded-for')?.split(',')[0]?.trim();
  return forwarded || headers.get('x-real-ip')?.trim() || 'unknown';
}
