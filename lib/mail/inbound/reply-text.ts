import EmailReplyParser from 'email-reply-parser';
import { convert } from 'html-to-text';
import { MESSAGE_MAX } from '@/lib/tickets/schemas';

// Far more than any message keeps; bounds the parser's work on a huge mail.
const PARSE_MAX = 200_000;
const truncatedNote = `\n\n[Shortened: the mail was longer than ${MESSAGE_MAX.toLocaleString('en')} characters.]`;

/** The mail's text part, or its HTML as text when it has none. */
export function textOf(mail: { text: string | null; html: string | null }): string {
  const text = mail.text?.trim()
    ? mail.text
    : mail.html
      ? convert(mail.html.slice(0, PARSE_MAX * 5), {
          wordwrap: false,
          selectors: [
            { selector: 'img', format: 'skip' },
            { selector: 'a', options: { ignoreHref: true } },
            // Gmail and Outlook wrap the quoted history; it is never the new text.
            { selector: 'div.gmail_quote', format: 'skip' },
            { selector: 'div#appendonsend', format: 'skip' },
          ],
        })
      : '';
  return text.replace(/\r\n?/g, '\n').slice(0, PARSE_MAX);
}

/** Only what the sender wrote this time: no quoted history ("On … wrote:", `>` lines), no signature. */
export function newTextOf(mail: { text: string | null; html: string | null }): string {
  return new EmailReplyParser().parseReply(textOf(mail)).trim();
}

/** A message within the ticket limit, saying so when it was cut. */
export function fitMessage(text: string): string {
  const trimmed = text.trim();
  if (trimmed.length <= MESSAGE_MAX) return trimmed;
  return trimmed.slice(0, MESSAGE_MAX - truncatedNote.length).trimEnd() + truncatedNote;
}
