import type { Transaction } from '@/db/client';
import { type Actor, anonymous } from '@/lib/access/actor';
import { AppError } from '@/lib/errors';
import { attachFiles } from '@/lib/files/attach';
import { describeBytes, fileLimits } from '@/lib/files/limits';
import { stageFile } from '@/lib/files/stage';
import { logger } from '@/lib/log/logger';
import type { MailSettings } from '../settings';
import { downloadMailAttachment, listMailAttachments } from './fetch-attachments';
import type { ReceivedMail } from './fetch-received';

/** A mail's files, staged: `refs` to attach with its message, and what was left out and why. */
export type MailFiles = { refs: string[]; leftOut: string[] };

export const noMailFiles: MailFiles = { refs: [], leftOut: [] };

/**
 * Downloads the files of a received mail from Resend and stages each, before the transaction
 * that saves the mail (a download must not hold it open). Within the per-message limits, in the
 * mail's order; a file beyond them, too large or of a refused type is left out, and the mail is
 * kept all the same. A failure to reach Resend throws, so that the webhook is retried; files
 * staged by then are never claimed and are swept with other stale uploads.
 */
export async function stageMailFiles(mail: ReceivedMail, senderEmail: string, settings: Pick<MailSettings, 'apiKey'>): Promise<MailFiles> {
  if (mail.attachmentCount === 0) return noMailFiles;
  const listed = await listMailAttachments(mail.id, settings);
  const { perMessage, maxBytes } = fileLimits();
  const refs: string[] = [];
  const leftOut: string[] = [];
  let total = 0;
  for (const file of listed) {
    if (refs.length >= perMessage) {
      leftOut.push(`${file.fileName} (more than ${perMessage} files)`);
      continue;
    }
    if (total + file.size > maxBytes) {
      leftOut.push(`${file.fileName} (over ${describeBytes(maxBytes)} in all)`);
      continue;
    }
    try {
      // Counted against the sender's address, apart from the uploads of visitors on the web.
      const staged = await stageFile(anonymous, { body: await downloadMailAttachment(file), fileName: file.fileName, declaredType: file.contentType }, { ip: `mail:${senderEmail}` });
      // Resend's size may differ from the bytes received; the attach step holds to the latter.
      if (total + staged.sizeBytes > maxBytes) {
        leftOut.push(`${file.fileName} (over ${describeBytes(maxBytes)} in all)`);
        continue;
      }
      refs.push(staged.ref);
      total += staged.sizeBytes;
    } catch (error) {
      if (!(error instanceof AppError)) throw error;
      leftOut.push(`${file.fileName} (${error.message})`);
    }
  }
  if (leftOut.length > 0) logger().warn({ providerEmailId: mail.id, leftOut }, 'files of an incoming mail were left out');
  return { refs, leftOut };
}

/** Attaches the staged files to the message (or the opening, `messageId` null) saved from the mail. */
export async function attachMailFiles(tx: Transaction, actor: Actor, files: MailFiles, target: { ticketId: string; messageId: string | null }): Promise<void> {
  if (files.refs.length > 0) await attachFiles(tx, actor, files.refs, target);
}

/** For mail_inbound.detail: which files were left out. */
export function leftOutDetail(files: MailFiles): string | null {
  return files.leftOut.length > 0 ? `files left out: ${files.leftOut.join('; ')}` : null;
}
