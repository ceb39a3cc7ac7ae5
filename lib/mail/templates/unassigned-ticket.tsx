import { z } from 'zod';
import { MailLayout } from './layout';
import { ActionButton, Facts, Paragraph, Quote } from './parts';
import { defineTemplate, type Frame, link, name, ticketNumber, ticketSubject } from './define';

const schema = z.strictObject({
  agentName: name,
  number: ticketNumber,
  subject: ticketSubject,
  requesterName: name,
  categoryName: z.string().min(1).max(80),
  priorityLabel: z.string().min(1).max(40),
  /** The start of the requester's description. */
  excerpt: z.string().max(2_000),
  deskUrl: link,
});

type Props = z.output<typeof schema> & Frame;

function UnassignedTicketEmail({ helpdeskName, agentName, number, subject, requesterName, categoryName, priorityLabel, excerpt, deskUrl }: Props) {
  return (
    <MailLayout helpdeskName={helpdeskName} preview={`New in the queue: ${subject}`} heading={`New unassigned ticket ${number}`}>
      <Paragraph>Hello {agentName},</Paragraph>
      <Paragraph>A new ticket is waiting in the Unassigned queue.</Paragraph>
      <Facts
        items={[
          ['Subject', subject],
          ['Requester', requesterName],
          ['Category', categoryName],
          ['Priority', priorityLabel],
        ]}
      />
      {excerpt ? <Quote message={{ authorName: requesterName, body: excerpt }} /> : null}
      <ActionButton href={deskUrl}>Open the ticket</ActionButton>
    </MailLayout>
  );
}

export const unassignedTicket = defineTemplate({
  schema,
  subject: ({ subject }) => `New ticket: ${subject}`,
  Component: UnassignedTicketEmail,
});
