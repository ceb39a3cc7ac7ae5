import { createCipheriv, createDecipheriv, hkdfSync, randomBytes } from 'node:crypto';
import { env } from '@/lib/env';

const VERSION = 'v1';
const IV_BYTES = 12;
const TAG_BYTES = 16;

// A key of its own, derived from AUTH_SECRET, so that the session key is never used for this.
function sealingKey(secret: string): Buffer {
  return Buffer.from(hkdfSync('sha256', secret, 'deskline', 'tracking-token-seal v1', 32));
}

/**
 * The token encrypted (AES-256-GCM) under a key derived from AUTH_SECRET, as stored beside its
 * hash; null without a secret, and the token is then simply not kept.
 */
export function sealTrackingToken(token: string, secret: string | undefined = env.AUTH_SECRET): string | null {
  if (!secret) return null;
  const iv = randomBytes(IV_BYTES);
  const cipher = createCipheriv('aes-256-gcm', sealingKey(secret), iv);
  const sealed = Buffer.concat([cipher.update(token, 'utf8'), cipher.final()]);
  return `${VERSION}.${Buffer.concat([iv, cipher.getAuthTag(), sealed]).toString('base64url')}`;
}

/** The token back, or null when it was sealed under another secret or is damaged. */
export function unsealTrackingToken(sealed: string, secret: string | undefined = env.AUTH_SECRET): string | null {
  const [version, body] = sealed.split('.');
  if (!secret || version !== VERSION || !body) return null;
  const bytes = Buffer.from(body, 'base64url');
  if (bytes.length <= IV_BYTES + TAG_BYTES) return null;
  try {
    const decipher = createDecipheriv('aes-256-gcm', sealingKey(secret), bytes.subarray(0, IV_BYTES));
    decipher.setAuthTag(bytes.subarray(IV_BYTES, IV_BYTES + TAG_BYTES));
    return Buffer.concat([decipher.update(bytes.subarray(IV_BYTES + TAG_BYTES)), decipher.final()]).toString('utf8');
  } catch {
    return null;
  }
}
