import 'server-only';
import { decode } from 'next-auth/jwt';
import { env } from '@/lib/env';

const baseName = 'authjs.session-token';

export type SessionClaims = { userId?: string; sessionId?: string };

/**
 * Whether Auth.js would use the __Secure- cookie for this request: it decides by AUTH_URL, else
 * by the forwarded protocol (https when none), and the name is also the key's salt.
 */
export function sessionCookieName(requestHeaders: Headers): string {
  const protocol = env.AUTH_URL ? new URL(env.AUTH_URL).protocol : `${(requestHeaders.get('x-forwarded-proto') ?? 'https').replace(/:$/, '')}:`;
  return protocol === 'https:' ? `__Secure-${baseName}` : baseName;
}

/** The cookie's value, put together from its chunks (`name.0`, `name.1`…) when Auth.js split it. */
export function sessionCookieValue(all: { name: string; value: string }[], name: string): string | undefined {
  const whole = all.find((cookie) => cookie.name === name);
  if (whole) return whole.value;
  const chunks = all
    .map((cookie) => ({ index: cookie.name.startsWith(`${name}.`) ? Number(cookie.name.slice(name.length + 1)) : NaN, value: cookie.value }))
    .filter((chunk) => Number.isInteger(chunk.index))
    .sort((a, b) => a.index - b.index);
  return chunks.length ? chunks.map((chunk) => chunk.value).join('') : undefined;
}

/** The secrets Auth.js accepts, newest first, as it reads them. */
function secrets(): string[] {
  const rotated = [3, 2, 1].map((i) => process.env[`AUTH_SECRET_${i}`]).filter((s): s is string => !!s);
  return env.AUTH_SECRET ? [...rotated, env.AUTH_SECRET] : rotated;
}

/**
 * Decrypts the session cookie, as Auth.js's auth() does, without what auth() then does on every
 * call: run the callbacks and encrypt a refreshed cookie that a page cannot set anyway. Nothing
 * is lost by not refreshing it: the session's row expires a fixed time after sign-in
 * (lib/sessions), and the cookie was issued with that same lifetime.
 */
export async function readSessionClaims(token: string | undefined, name: string): Promise<SessionClaims> {
  const secret = secrets();
  if (!token || secret.length === 0) return {};
  try {
    const claims = await decode({ token, secret, salt: name });
    return { userId: typeof claims?.sub === 'string' ? claims.sub : undefined, sessionId: typeof claims?.sid === 'string' ? claims.sid : undefined };
  } catch {
    // Tampered, expired or issued under another secret: no session, as Auth.js treats it.
    return {};
  }
}
