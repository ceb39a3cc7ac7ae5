import { eq } from 'drizzle-orm';
import type { Executor, Transaction } from '@/db/client';
import { mailInbound } from '@/db/schema';

/**
 * What became of an inbound mail, as kept in mail_inbound.outcome:
 * replied (the requester's reply), replied_staff (a staff member's), opened_ticket, refused_closed
 * (closed ticket, the refusal mailed back), refused_archived, ignored_auto (auto-reply, bounce,
 * list), ignored_staff (a reply from someone no longer active staff), ignored_empty (no new
 * text), ignored_unknown (not addressed to the support or a reply address, or no sender),
 * ignored_limited (the sender opened as many tickets by mail as the contact form allows).
 */
export type InboundOutcome =
  | 'replied'
  | 'replied_staff'
  | 'opened_ticket'
  | 'refused_closed'
  | 'refused_archived'
  | 'ignored_auto'
  | 'ignored_staff'
  | 'ignored_empty'
  | 'ignored_unknown'
  | 'ignored_limited';

export type InboundResult = { outcome: InboundOutcome; detail?: string | null; ticketId?: string | null; messageId?: string | null };

export type InboundHeader = { providerEmailId: string; fromEmail: string; toEmail: string; subject: string };

export async function isKnownInbound(db: Executor, providerEmailId: string): Promise<boolean> {
  const [row] = await db.select({ id: mailInbound.id }).from(mailInbound).where(eq(mailInbound.providerEmailId, providerEmailId)).limit(1);
  return Boolean(row);
}

/**
 * Writes the mail's row first thing in the transaction that acts on it: a second delivery of the
 * same mail waits on the unique provider id until the first commits, then finds it and does
 * nothing. Null when the mail was already handled.
 */
export async function claimInbound(tx: Transaction, header: InboundHeader, now: Date): Promise<string | null> {
  const [row] = await tx
    .insert(mailInbound)
    .values({
      providerEmailId: header.providerEmailId,
      fromEmail: header.fromEmail.slice(0, 254),
      toEmail: header.toEmail.slice(0, 320),
      subject: header.subject.slice(0, 300),
      outcome: 'processing',
      receivedAt: now,
    })
    .onConflictDoNothing({ target: mailInbound.providerEmailId })
    .returning({ id: mailInbound.id });
  return row?.id ?? null;
}

export async function settleInbound(tx: Transaction, id: string, result: InboundResult): Promise<void> {
  await tx
    .update(mailInbound)
    .set({ outcome: result.outcome, detail: result.detail ?? null, ticketId: result.ticketId ?? null, messageId: result.messageId ?? null })
    .where(eq(mailInbound.id, id));
}
