import { randomBytes } from 'node:crypto';
import { AppError } from '@/lib/errors';
import { sealText, unsealText } from '@/lib/crypto/seal';

const PURPOSE = 'webhook-secret v1';

/** A fresh signing secret in the Standard Webhooks form: `whsec_` and 32 random bytes in base64. */
export function newWebhookSecret(): string {
  return `whsec_${randomBytes(32).toString('base64')}`;
}

/** The secret sealed for storage; without AUTH_SECRET there is no key, and no webhook can be kept. */
export function sealWebhookSecret(secret: string): string {
  const sealed = sealText(PURPOSE, secret);
  if (!sealed) throw new AppError('conflict', 'Set AUTH_SECRET before adding webhooks: their secrets are stored encrypted under it.');
  return sealed;
}

/** The secret to sign with, or null when AUTH_SECRET changed since it was sealed. */
export function unsealWebhookSecret(sealed: string): string | null {
  return unsealText(PURPOSE, sealed);
}
