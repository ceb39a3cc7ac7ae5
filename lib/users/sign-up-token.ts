import 'server-only';
import { createCipheriv, createDecipheriv, createHash, randomBytes } from 'node:crypto';
import { z } from 'zod';
import { env } from '@/lib/env';

/** What a sign-up confirmation link carries: the account to create, with its password already hashed. */
const pendingSignUpSchema = z.object({
  role: z.enum(['customer', 'agent']),
  name: z.string(),
  email: z.string(),
  phone: z.string().nullable(),
  passwordHash: z.string(),
  expiresAt: z.number(),
});
export type PendingSignUp = z.infer<typeof pendingSignUpSchema>;

function key(): Buffer {
  if (!env.AUTH_SECRET) throw new Error('AUTH_SECRET must be set to confirm sign-ups');
  return createHash('sha256').update(`deskline sign-up confirmation\0${env.AUTH_SECRET}`).digest();
}

/**
 * Seals a sign-up into its confirmation link (AES-256-GCM under a key from AUTH_SECRET): nothing
 * is stored until the link is opened, so an address's owner is the only one who can create
 * its account, and the link shows no one the password hash.
 */
export function sealSignUp(pending: PendingSignUp): string {
  const iv = randomBytes(12);
  const cipher = createCipheriv('aes-256-gcm', key(), iv);
  const body = Buffer.concat([cipher.update(JSON.stringify(pending), 'utf8'), cipher.final()]);
  return Buffer.concat([iv, cipher.getAuthTag(), body]).toString('base64url');
}

/** The sign-up a link carries, or null when it was altered, made up or has expired. */
export function openSignUp(token: string, now = new Date()): PendingSignUp | null {
  try {
    const raw = Buffer.from(token, 'base64url');
    if (raw.length < 29) return null;
    const decipher = createDecipheriv('aes-256-gcm', key(), raw.subarray(0, 12));
    decipher.setAuthTag(raw.subarray(12, 28));
    const json = Buffer.concat([decipher.update(raw.subarray(28)), decipher.final()]).toString('utf8');
    const pending = pendingSignUpSchema.parse(JSON.parse(json));
    return pending.expiresAt > now.getTime() ? pending : null;
  } catch {
    return null;
  }
}
