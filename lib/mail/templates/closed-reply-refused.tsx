import { z } from 'zod';
import { MailLayout } from './layout';
import { ActionButton, Paragraph, Quote } from './parts';
import { defineTemplate, type Frame, link, name, ticketNumber, ticketSubject } from './define';

const schema = z.strictObject({
  requesterName: name,
  number: ticketNumber,
  subject: ticketSubject,
  /** Where to open a follow-up: the portal's follow-up form, or the contact form for a visitor. */
  followUpUrl: link,
  /** What they wrote, so that nothing is lost when they open the follow-up. */
  yourMessage: z.string().max(20_000).optional(),
});

type Props = z.output<typeof schema> & Frame;

function ClosedReplyRefusedEmail({ helpdeskName, requesterName, number, followUpUrl, yourMessage }: Props) {
  return (
    <MailLayout helpdeskName={helpdeskName} preview={`${number} is closed: open a follow-up instead.`} heading={`Ticket ${number} is closed`}>
      <Paragraph>Hello {requesterName},</Paragraph>
      <Paragraph>Your message was not added: this ticket is closed and takes no more replies. To tell us more, open a follow-up; it links back to this ticket, so nothing needs explaining twice.</Paragraph>
      <ActionButton href={followUpUrl}>Open a follow-up</ActionButton>
      {yourMessage ? <Quote message={{ authorName: 'You', body: yourMessage }} /> : null}
    </MailLayout>
  );
}

export const closedReplyRefused = defineTemplate({
  schema,
  subject: ({ subject }) => `Closed, reply not added: ${subject}`,
  Component: ClosedReplyRefusedEmail,
});
