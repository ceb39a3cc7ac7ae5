import { Resend } from 'resend';
import type { MailMessage } from '@/db/schema';

export type OutgoingMail = Pick<
  MailMessage,
  'id' | 'recipientEmail' | 'subject' | 'html' | 'text' | 'messageId' | 'inReplyTo' | 'references' | 'replyTo'
>;

export type SendOutcome =
  | { ok: true; providerMessageId: string }
  | { ok: false; retryable: boolean; error: string; retryAfter?: string | null };

/** Sends one mail; never throws for a failure the provider reports, it says whether to retry. */
export type MailSender = (mail: OutgoingMail) => Promise<SendOutcome>;

const SEND_TIMEOUT_MS = 30_000;

/** Status codes worth another try: the request may succeed later as it is. */
function retryableStatus(status: number | null, name: string): boolean {
  if (status === null) return true; // no answer: network error or timeout
  if (status === 408 || status === 429 || status >= 500) return true;
  // The same idempotency key is still being processed by an earlier attempt.
  return status === 409 && name === 'concurrent_idempotent_requests';
}

/**
 * A sender through Resend. The mail's id is its Idempotency-Key, so a retry after a lost answer
 * (or two senders racing past an expired lease) delivers it once. The client reads
 * RESEND_BASE_URL when it is built.
 */
export function resendSender(apiKey: string, from: string): MailSender {
  const resend = new Resend(apiKey);
  return async (mail) => {
    const headers: Record<string, string> = { 'Message-ID': mail.messageId };
    if (mail.inReplyTo) headers['In-Reply-To'] = mail.inReplyTo;
    if (mail.references) headers.References = mail.references;
    const { data, error, headers: responseHeaders } = await resend.emails.send(
      {
        from,
        to: [mail.recipientEmail],
        subject: mail.subject,
        html: mail.html,
        text: mail.text,
        headers,
        ...(mail.replyTo ? { replyTo: mail.replyTo } : {}),
      },
      { idempotencyKey: mail.id, signal: AbortSignal.timeout(SEND_TIMEOUT_MS) },
    );
    if (data?.id) return { ok: true, providerMessageId: data.id };
    const status = typeof error?.statusCode === 'number' ? error.statusCode : null;
    const name = error?.name ?? 'unknown_error';
    return {
      ok: false,
      retryable: retryableStatus(status, name),
      error: `${status ?? 'no answer'} ${name}: ${error?.message ?? 'no id in the answer'}`.slice(0, 1000),
      retryAfter: responseHeaders?.['retry-after'] ?? null,
    };
  };
}
