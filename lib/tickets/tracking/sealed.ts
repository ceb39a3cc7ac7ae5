import { sealText, unsealText } from '@/lib/crypto/seal';
import { env } from '@/lib/env';

// The purpose label the first tokens were sealed under; changing it would lock them all out.
const PURPOSE = 'tracking-token-seal v1';

/**
 * The token encrypted (AES-256-GCM) under a key derived from AUTH_SECRET, as stored beside its
 * hash; null without a secret, and the token is then simply not kept.
 */
export function sealTrackingToken(token: string, secret: string | undefined = env.AUTH_SECRET): string | null {
  return sealText(PURPOSE, token, secret);
}

/** The token back, or null when it was sealed under another secret or is damaged. */
export function unsealTrackingToken(sealed: string, secret: string | undefined = env.AUTH_SECRET): string | null {
  return unsealText(PURPOSE, sealed, secret);
}
