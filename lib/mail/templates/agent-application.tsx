import { z } from 'zod';
import { MailLayout } from './layout';
import { ActionButton, Facts, Paragraph } from './parts';
import { defineTemplate, type Frame, link, name } from './define';

const schema = z.strictObject({
  adminName: name,
  applicantName: name,
  applicantEmail: z.email(),
  reviewUrl: link,
});

type Props = z.output<typeof schema> & Frame;

function AgentApplicationEmail({ helpdeskName, adminName, applicantName, applicantEmail, reviewUrl }: Props) {
  return (
    <MailLayout helpdeskName={helpdeskName} preview={`${applicantName} applied to join the support team.`} heading="A new agent application">
      <Paragraph>Hello {adminName},</Paragraph>
      <Paragraph>Someone applied for an agent account. They see no ticket until an admin approves them.</Paragraph>
      <Facts
        items={[
          ['Name', applicantName],
          ['Email', applicantEmail],
        ]}
      />
      <ActionButton href={reviewUrl}>Review the application</ActionButton>
    </MailLayout>
  );
}

export const agentApplication = defineTemplate({
  schema,
  subject: ({ applicantName }) => `Agent application from ${applicantName}`,
  Component: AgentApplicationEmail,
});
