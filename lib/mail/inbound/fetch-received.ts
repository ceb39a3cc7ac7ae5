import { Resend } from 'resend';
import type { MailSettings } from '../settings';

export type ReceivedMail = {
  id: string;
  from: string;
  to: string[];
  cc: string[];
  /** Every address of ours the mail was delivered to, Bcc included. */
  receivedFor: string[];
  subject: string;
  text: string | null;
  html: string | null;
  headers: Record<string, string> | null;
  /** How many files came with it; their content is fetched separately (listMailAttachments). */
  attachmentCount: number;
};

const FETCH_TIMEOUT_MS = 20_000;

/**
 * The whole inbound mail (the webhook carries only its metadata), or null when Resend has no
 * such mail. Any other failure throws, so that the webhook is answered 500 and Resend retries.
 */
export async function fetchReceivedMail(id: string, settings: Pick<MailSettings, 'apiKey'>): Promise<ReceivedMail | null> {
  if (!settings.apiKey) throw new Error('RESEND_API_KEY is not set: incoming mail cannot be fetched from Resend');
  const resend = new Resend(settings.apiKey);
  const { data, error } = await resend.emails.receiving.get(id, undefined, { signal: AbortSignal.timeout(FETCH_TIMEOUT_MS) });
  if (data) {
    return { id: data.id, from: data.from, to: data.to ?? [], cc: data.cc ?? [], receivedFor: data.received_for ?? [], subject: data.subject ?? '', text: data.text, html: data.html, headers: data.headers, attachmentCount: data.attachments?.length ?? 0 };
  }
  if (error?.statusCode === 404) return null;
  throw new Error(`Resend did not return received mail ${id}: ${error?.statusCode ?? 'no answer'} ${error?.name ?? ''} ${error?.message ?? ''}`);
}
