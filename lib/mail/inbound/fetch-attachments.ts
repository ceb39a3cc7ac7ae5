import { Resend } from 'resend';
import type { MailSettings } from '../settings';

export type MailAttachment = { id: string; fileName: string; contentType: string; size: number; downloadUrl: string };

const FETCH_TIMEOUT_MS = 20_000;
const DOWNLOAD_TIMEOUT_MS = 120_000;
// Resend's page size limit; a mail has far fewer files.
const PAGE = 100;

/** The files of a received mail with their download URLs (signed, valid for an hour). */
export async function listMailAttachments(emailId: string, settings: Pick<MailSettings, 'apiKey'>): Promise<MailAttachment[]> {
  if (!settings.apiKey) throw new Error('RESEND_API_KEY is not set: the files of incoming mail cannot be fetched from Resend');
  const resend = new Resend(settings.apiKey);
  const found: MailAttachment[] = [];
  let after: string | undefined;
  for (;;) {
    const { data, error } = await resend.emails.receiving.attachments.list(
      after ? { emailId, limit: PAGE, after } : { emailId, limit: PAGE },
      { signal: AbortSignal.timeout(FETCH_TIMEOUT_MS) },
    );
    if (!data) throw new Error(`Resend did not list the files of received mail ${emailId}: ${error?.statusCode ?? 'no answer'} ${error?.name ?? ''} ${error?.message ?? ''}`);
    for (const file of data.data) {
      found.push({ id: file.id, fileName: file.filename?.trim() || 'attachment', contentType: file.content_type, size: file.size, downloadUrl: file.download_url });
    }
    const last = data.data.at(-1);
    if (!data.has_more || !last) return found;
    after = last.id;
  }
}

/** The file's content as a stream, straight from Resend's storage; throws when it cannot be had. */
export async function downloadMailAttachment(file: MailAttachment): Promise<ReadableStream<Uint8Array>> {
  const response = await fetch(file.downloadUrl, { signal: AbortSignal.timeout(DOWNLOAD_TIMEOUT_MS), redirect: 'follow' });
  if (!response.ok || !response.body) {
    await response.body?.cancel();
    throw new Error(`the file ${file.id} of a received mail could not be downloaded: HTTP ${response.status}`);
  }
  return response.body;
}
