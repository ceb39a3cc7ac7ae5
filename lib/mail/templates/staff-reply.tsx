import { z } from 'zod';
import { publicMessageSchema } from '../public-message';
import { MailLayout } from './layout';
import { ActionButton, Paragraph, Quote } from './parts';
import { defineTemplate, type Frame, link, name, ticketNumber, ticketSubject } from './define';

const schema = z.strictObject({
  requesterName: name,
  number: ticketNumber,
  subject: ticketSubject,
  reply: publicMessageSchema,
  ticketUrl: link,
  canReplyByEmail: z.boolean().default(false),
});

type Props = z.output<typeof schema> & Frame;

function StaffReplyEmail({ helpdeskName, requesterName, number, reply, ticketUrl, canReplyByEmail }: Props) {
  return (
    <MailLayout helpdeskName={helpdeskName} preview={reply.body.slice(0, 140)} heading={`A reply on your ticket ${number}`}>
      <Paragraph>Hello {requesterName},</Paragraph>
      <Quote message={reply} />
      <ActionButton href={ticketUrl}>Answer on your ticket</ActionButton>
      {canReplyByEmail ? <Paragraph>Or reply to this email: your answer is added to the ticket.</Paragraph> : null}
    </MailLayout>
  );
}

export const staffReply = defineTemplate({
  schema,
  subject: ({ subject }) => `Re: ${subject}`,
  Component: StaffReplyEmail,
});
