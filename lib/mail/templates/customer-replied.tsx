import { z } from 'zod';
import { publicMessageSchema } from '../public-message';
import { MailLayout } from './layout';
import { ActionButton, Paragraph, Quote } from './parts';
import { defineTemplate, type Frame, link, name, ticketNumber, ticketSubject } from './define';

const schema = z.strictObject({
  agentName: name,
  number: ticketNumber,
  subject: ticketSubject,
  reply: publicMessageSchema,
  deskUrl: link,
});

type Props = z.output<typeof schema> & Frame;

function CustomerRepliedEmail({ helpdeskName, agentName, number, reply, deskUrl }: Props) {
  return (
    <MailLayout helpdeskName={helpdeskName} preview={reply.body.slice(0, 140)} heading={`The customer replied on ${number}`}>
      <Paragraph>Hello {agentName},</Paragraph>
      <Paragraph>A ticket assigned to you has a new reply from the requester.</Paragraph>
      <Quote message={reply} />
      <ActionButton href={deskUrl}>Open the ticket</ActionButton>
    </MailLayout>
  );
}

export const customerReplied = defineTemplate({
  schema,
  subject: ({ subject }) => `Customer replied: ${subject}`,
  Component: CustomerRepliedEmail,
});
