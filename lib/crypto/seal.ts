import { createCipheriv, createDecipheriv, hkdfSync, randomBytes } from 'node:crypto';
import { env } from '@/lib/env';

const VERSION = 'v1';
const IV_BYTES = 12;
const TAG_BYTES = 16;

// A key of its own per purpose, derived from AUTH_SECRET, so that the session key is never used
// for this and a value sealed for one purpose does not open as another.
function sealingKey(secret: string, purpose: string): Buffer {
  return Buffer.from(hkdfSync('sha256', secret, 'deskline', purpose, 32));
}

/**
 * `plain` encrypted (AES-256-GCM) under a key derived from AUTH_SECRET for `purpose`; null
 * without a secret.
 */
export function sealText(purpose: string, plain: string, secret: string | undefined = env.AUTH_SECRET): string | null {
  if (!secret) return null;
  const iv = randomBytes(IV_BYTES);
  const cipher = createCipheriv('aes-256-gcm', sealingKey(secret, purpose), iv);
  const sealed = Buffer.concat([cipher.update(plain, 'utf8'), cipher.final()]);
  return `${VERSION}.${Buffer.concat([iv, cipher.getAuthTag(), sealed]).toString('base64url')}`;
}

/** The text back, or null when it was sealed under another secret or purpose, or is damaged. */
export function unsealText(purpose: string, sealed: string, secret: string | undefined = env.AUTH_SECRET): string | null {
  const [version, body] = sealed.split('.');
  if (!secret || version !== VERSION || !body) return null;
  const bytes = Buffer.from(body, 'base64url');
  if (bytes.length <= IV_BYTES + TAG_BYTES) return null;
  try {
    const decipher = createDecipheriv('aes-256-gcm', sealingKey(secret, purpose), bytes.subarray(0, IV_BYTES));
    decipher.setAuthTag(bytes.subarray(IV_BYTES, IV_BYTES + TAG_BYTES));
    return Buffer.concat([decipher.update(bytes.subarray(IV_BYTES + TAG_BYTES)), decipher.final()]).toString('utf8');
  } catch {
    return null;
  }
}
