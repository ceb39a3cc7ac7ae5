import { z } from 'zod';
import { MailLayout } from './layout';
import { ActionButton, Facts, Paragraph } from './parts';
import { defineTemplate, type Frame, link, name, ticketNumber, ticketSubject } from './define';

const schema = z.strictObject({
  agentName: name,
  number: ticketNumber,
  subject: ticketSubject,
  requesterName: name,
  priorityLabel: z.string().min(1).max(40),
  /** Null when auto-assignment chose the agent. */
  assignedByName: name.nullable(),
  deskUrl: link,
});

type Props = z.output<typeof schema> & Frame;

function TicketAssignedEmail({ helpdeskName, agentName, number, subject, requesterName, priorityLabel, assignedByName, deskUrl }: Props) {
  return (
    <MailLayout helpdeskName={helpdeskName} preview={`${number} is yours: ${subject}`} heading={`${number} is assigned to you`}>
      <Paragraph>Hello {agentName},</Paragraph>
      <Paragraph>{assignedByName ? `${assignedByName} assigned this ticket to you.` : 'Auto-assignment gave this ticket to you.'}</Paragraph>
      <Facts
        items={[
          ['Subject', subject],
          ['Requester', requesterName],
          ['Priority', priorityLabel],
        ]}
      />
      <ActionButton href={deskUrl}>Open the ticket</ActionButton>
    </MailLayout>
  );
}

export const ticketAssigned = defineTemplate({
  schema,
  subject: ({ subject }) => `Assigned to you: ${subject}`,
  Component: TicketAssignedEmail,
});
