import { env, isProduction } from '@/lib/env';

/** A fresh nonce per response: 128 random bits, base64. */
export function createNonce(): string {
  return Buffer.from(crypto.getRandomValues(new Uint8Array(16))).toString('base64');
}

/** The script nonce of a policy made by contentSecurityPolicy, as the proxy hands it to the request. */
export function nonceOf(policy: string | null): string | undefined {
  return policy?.match(/'nonce-([A-Za-z0-9+/=]+)'/)?.[1];
}

/**
 * The Content-Security-Policy of every page. Scripts run only with this response's nonce (Next
 * reads it from the request's copy of this header and puts it on its own scripts), and what
 * they load from there ('strict-dynamic'). Styles may be inline: React style attributes and the
 * mail preview's templates use them, and a style cannot run code. The mail preview is a
 * sandboxed srcdoc frame, which the frame rules allow since it inherits this origin.
 */
export function contentSecurityPolicy(nonce: string): string {
  const scripts = [`'self'`, `'nonce-${nonce}'`, `'strict-dynamic'`];
  // React's development build evaluates code for its debugging aids.
  if (!isProduction()) scripts.push(`'unsafe-eval'`);
  return [
    `default-src 'self'`,
    `script-src ${scripts.join(' ')}`,
    `style-src 'self' 'unsafe-inline'`,
    `img-src 'self' data: blob:`,
    `font-src 'self'`,
    `connect-src 'self'`,
    `frame-src 'self'`,
    `child-src 'self'`,
    `object-src 'none'`,
    `base-uri 'self'`,
    `form-action 'self'`,
    `frame-ancestors 'none'`,
  ].join('; ');
}

/**
 * HSTS only when the app is served over HTTPS, as AUTH_URL says: sent over plain HTTP (a local
 * `npm start`) it would be ignored at best, and pin a development host to HTTPS at worst.
 */
export function strictTransportSecurity(): string | undefined {
  return env.AUTH_URL?.startsWith('https://') ? 'max-age=63072000; includeSubDomains' : undefined;
}
