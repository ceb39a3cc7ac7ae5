import { getDb, type Transaction } from '@/db/client';
import { type MailSettings, mailSettings } from '../settings';
import { findReplyToken, replyTokenOf } from '../reply-tokens';
import { type MailAddress, parseAddress, parseAddresses } from './addresses';
import { automatedReason } from './automated';
import { fetchReceivedMail, type ReceivedMail } from './fetch-received';
import { claimInbound, type InboundOutcome, type InboundResult, isKnownInbound, settleInbound } from './inbound-log';
import { leftOutDetail, type MailFiles, noMailFiles, stageMailFiles } from './mail-files';
import { openTicketFromMail } from './open-from-mail';
import { replyFromMail } from './reply-from-mail';
import { newTextOf, textOf } from './reply-text';
import { logger } from '@/lib/log/logger';

export type ReceivedOutcome = InboundOutcome | 'duplicate' | 'not_found';

/** The support address, where mail without a reply token opens a ticket: MAIL_FROM's. */
function supportAddress(from: string): string | null {
  return parseAddress(from)?.email ?? null;
}

/** The first reply token among the recipients, on the configured reply domain. */
function tokenAmong(recipients: MailAddress[], replyDomain: string | undefined): string | null {
  if (!replyDomain) return null;
  for (const { email } of recipients) {
    const token = replyTokenOf(email, replyDomain);
    if (token) return token;
  }
  return null;
}

/**
 * One `email.received` webhook: fetches the mail from Resend and decides what it is, in one
 * transaction with its mail_inbound row, so a mail delivered twice (even at once) acts once.
 *
 * - To a reply address, from the person it was issued to: their reply on that ticket.
 * - To a reply address, from anyone else: not trusted with that ticket (a forwarded mail, a
 *   spoofed From); it opens a new ticket from its sender instead, which an agent can link.
 * - To the support address without a token: a new ticket from the sender.
 * - Written by a machine (auto-reply, bounce, list): recorded, nothing else.
 */
export async function receiveMail(emailId: string, now = new Date()): Promise<ReceivedOutcome> {
  const db = await getDb();
  if (await isKnownInbound(db, emailId)) return 'duplicate';
  const settings = mailSettings();
  const mail = await fetchReceivedMail(emailId, settings);
  if (!mail) {
    logger().warn({ emailId }, 'Resend has no such received mail; nothing to do');
    return 'not_found';
  }
  const sender = parseAddress(mail.from);
  // Fetched before the transaction: downloads must not hold it open. Machines' mail brings none.
  const files = sender && !automatedReason(mail.headers, sender.email) ? await stageMailFiles(mail, sender.email, settings) : noMailFiles;
  return db.transaction(async (tx) => {
    // Bcc'd recipients show only in received_for.
    const recipients = parseAddresses([...mail.to, ...mail.cc, ...mail.receivedFor]);
    const rowId = await claimInbound(
      tx,
      { providerEmailId: emailId, fromEmail: sender?.email ?? mail.from, toEmail: recipients.map((r) => r.email).join(', '), subject: mail.subject },
      now,
    );
    if (!rowId) return 'duplicate';
    const result = await decide(tx, mail, sender, recipients, settings, now, files);
    const saved = result.outcome === 'opened_ticket' || result.outcome === 'replied' || result.outcome === 'replied_staff';
    const leftOut = saved ? leftOutDetail(files) : null;
    await settleInbound(tx, rowId, leftOut ? { ...result, detail: [result.detail, leftOut].filter(Boolean).join('; ') } : result);
    return result.outcome;
  });
}

async function decide(
  tx: Transaction,
  mail: ReceivedMail,
  sender: MailAddress | null,
  recipients: MailAddress[],
  settings: MailSettings,
  now: Date,
  files: MailFiles,
): Promise<InboundResult> {
  if (!sender) return { outcome: 'ignored_unknown', detail: 'no usable From address' };
  const support = supportAddress(settings.from);
  const ownDomain = settings.replyDomain?.toLowerCase();
  if (sender.email === support || (ownDomain && sender.email.endsWith(`@${ownDomain}`))) {
    return { outcome: 'ignored_auto', detail: 'sent from Deskline’s own address' };
  }
  const automated = automatedReason(mail.headers, sender.email);
  if (automated) return { outcome: 'ignored_auto', detail: automated };

  const newText = newTextOf(mail);
  const opening = { sender, subject: mail.subject, text: newText || textOf(mail) };
  const token = tokenAmong(recipients, settings.replyDomain);
  if (token) {
    const recipient = await findReplyToken(tx, token);
    if (!recipient) return openTicketFromMail(tx, opening, now, 'reply address not recognised', files);
    if (recipient.email !== sender.email) return openTicketFromMail(tx, opening, now, 'the sender is not the person the reply address was issued to', files);
    const replied = await replyFromMail(tx, recipient, newText, now, files);
    return replied ?? openTicketFromMail(tx, opening, now, 'the ticket of the reply address is gone', files);
  }
  if (support && recipients.some((r) => r.email === support)) return openTicketFromMail(tx, opening, now, null, files);
  return { outcome: 'ignored_unknown', detail: 'not addressed to the support address or a reply address' };
}
