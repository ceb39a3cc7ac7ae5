import { createHash, randomBytes } from 'node:crypto';
import { eq } from 'drizzle-orm';
import type { Executor } from '@/db/client';
import { tickets } from '@/db/schema';
import { sealTrackingToken } from './sealed';

// 32 random bytes: 256 bits, well past the 128 that makes guessing hopeless.
const TOKEN_BYTES = 32;
const tokenPattern = /^[A-Za-z0-9_-]{43}$/;

export function hashTrackingToken(token: string): string {
  return createHash('sha256').update(token).digest('hex');
}

export function isWellFormedToken(token: string): boolean {
  return tokenPattern.test(token);
}

/**
 * Gives a ticket a new private tracking token and returns it: its hash is stored to find the
 * ticket, a sealed copy for mail (sealed.ts), and any earlier token stops working because both
 * are replaced.
 */
export async function issueTrackingToken(tx: Executor, ticketId: string, now = new Date()): Promise<string> {
  const token = randomBytes(TOKEN_BYTES).toString('base64url');
  await tx
    .update(tickets)
    .set({ trackingTokenHash: hashTrackingToken(token), trackingTokenSealed: sealTrackingToken(token), trackingTokenIssuedAt: now })
    .where(eq(tickets.id, ticketId));
  return token;
}
