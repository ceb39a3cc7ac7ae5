import { createHash, randomBytes } from 'node:crypto';
import { and, desc, eq, isNotNull } from 'drizzle-orm';
import type { Executor, Transaction } from '@/db/client';
import { mailMessages, mailReplyTokens } from '@/db/schema';

// 20 random bytes (160 bits) in lower-case hex: mail systems may change the case of an
// address's local part, so the token must survive that.
const TOKEN_BYTES = 20;
const tokenPattern = /^[0-9a-f]{40}$/;

export function hashReplyToken(token: string): string {
  return createHash('sha256').update(token.toLowerCase()).digest('hex');
}

export function replyAddress(token: string, domain: string): string {
  return `reply+${token}@${domain}`;
}

/** The token of a `reply+<token>@domain` address, or null for any other address. */
export function replyTokenOf(address: string, domain: string): string | null {
  const match = /^reply\+([0-9a-f]+)@(.+)$/i.exec(address.trim());
  if (!match?.[1] || match[2]?.toLowerCase() !== domain.toLowerCase()) return null;
  const token = match[1].toLowerCase();
  return tokenPattern.test(token) ? token : null;
}

export type ReplyRecipient = { ticketId: string; email: string; userId: string | null };

/**
 * The Reply-To address of a mail to this recipient about this ticket. The first mail issues a
 * token and keeps the full address on its outbox row (only the token's hash goes in
 * mail_reply_tokens); later mails reuse that address, so one person has one reply address per
 * ticket. A hash cannot be turned back into its token: without an earlier row, a new token is
 * issued, and both stay valid.
 */
export async function replyToFor(
  tx: Transaction,
  recipient: ReplyRecipient,
  domain: string,
  now: Date,
): Promise<{ address: string; tokenId: string }> {
  const email = recipient.email.toLowerCase();
  const [earlier] = await tx
    .select({ address: mailMessages.replyTo, tokenId: mailMessages.replyTokenId })
    .from(mailMessages)
    .where(and(eq(mailMessages.ticketId, recipient.ticketId), eq(mailMessages.recipientEmail, email), isNotNull(mailMessages.replyTokenId)))
    .orderBy(desc(mailMessages.createdAt))
    .limit(1);
  if (earlier?.address && earlier.tokenId && replyTokenOf(earlier.address, domain)) {
    return { address: earlier.address, tokenId: earlier.tokenId };
  }
  const token = randomBytes(TOKEN_BYTES).toString('hex');
  const [row] = await tx
    .insert(mailReplyTokens)
    .values({ tokenHash: hashReplyToken(token), ticketId: recipient.ticketId, userId: recipient.userId, email, createdAt: now })
    .returning({ id: mailReplyTokens.id });
  if (!row) throw new Error('reply token insert returned no row');
  return { address: replyAddress(token, domain), tokenId: row.id };
}

/** Whose reply address a token is, for inbound mail: the ticket and the person it was issued to. */
export async function findReplyToken(db: Executor, token: string): Promise<ReplyRecipient | null> {
  if (!tokenPattern.test(token.toLowerCase())) return null;
  const [row] = await db
    .select({ ticketId: mailReplyTokens.ticketId, email: mailReplyTokens.email, userId: mailReplyTokens.userId })
    .from(mailReplyTokens)
    .where(eq(mailReplyTokens.tokenHash, hashReplyToken(token)))
    .limit(1);
  return row ?? null;
}
