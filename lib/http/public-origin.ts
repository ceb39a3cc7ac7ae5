import { env, isProduction } from '@/lib/env';

/**
 * The address people reach the app at, for links they copy: AUTH_URL when set (behind a proxy
 * that rewrites the host), the request's own host otherwise.
 */
export function publicOrigin(headers: Headers): string {
  const configured = env.AUTH_URL;
  if (configured) return new URL(configured).origin;
  const host = headers.get('x-forwarded-host')?.split(',')[0]?.trim() || headers.get('host') || 'localhost';
  const proto = headers.get('x-forwarded-proto')?.split(',')[0]?.trim() || 'http';
  return `${proto}://${host}`;
}

/** Cookies are marked Secure when the app is served in production at an https address. */
export function secureCookies(): boolean {
  return isProduction() && env.AUTH_URL?.startsWith('https:') === true;
}
