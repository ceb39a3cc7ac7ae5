import { z } from 'zod';
import { MailLayout } from './layout';
import { ActionButton, Facts, Paragraph, PlainLink } from './parts';
import { defineTemplate, type Frame, link, name, ticketNumber, ticketSubject } from './define';

const schema = z.strictObject({
  requesterName: name,
  number: ticketNumber,
  subject: ticketSubject,
  /** The visitor's private link, or the ticket in My tickets for a customer with an account. */
  ticketUrl: link,
  privateLink: z.boolean(),
  canReplyByEmail: z.boolean().default(false),
});

type Props = z.output<typeof schema> & Frame;

function TicketReceivedEmail({ helpdeskName, requesterName, number, subject, ticketUrl, privateLink, canReplyByEmail }: Props) {
  return (
    <MailLayout
      helpdeskName={helpdeskName}
      preview={`Your ticket number is ${number}.`}
      heading="We have your request"
      footer={`You get this message because you sent a request to ${helpdeskName}.`}
    >
      <Paragraph>Hello {requesterName},</Paragraph>
      <Paragraph>Thank you for getting in touch. Your request is in our support queue.</Paragraph>
      <Facts
        items={[
          ['Ticket number', number],
          ['Subject', subject],
        ]}
      />
      <Paragraph>What happens next: an agent picks up your request, usually within one working day, and the replies appear on your ticket, where you can answer them. When the problem is solved, you can rate the help you got.</Paragraph>
      {privateLink ? (
        <>
          <Paragraph>Follow your request with your private link. Keep it to yourself: anyone who has it can read the ticket and reply as you.</Paragraph>
          <ActionButton href={ticketUrl}>Open my ticket</ActionButton>
          <PlainLink href={ticketUrl} />
        </>
      ) : (
        <ActionButton href={ticketUrl}>Follow it in My tickets</ActionButton>
      )}
      {canReplyByEmail ? <Paragraph>You can also answer by replying to this email.</Paragraph> : null}
      <Paragraph>Please quote {number} if you contact us about this request again.</Paragraph>
    </MailLayout>
  );
}

export const ticketReceived = defineTemplate({
  schema,
  subject: ({ subject }) => `We have your request: ${subject}`,
  Component: TicketReceivedEmail,
});
