import { z } from 'zod';
import { MailLayout } from './layout';
import { ActionButton, Paragraph } from './parts';
import { defineTemplate, type Frame, link, name } from './define';

const schema = z.strictObject({ name, signInUrl: link });

type Props = z.output<typeof schema> & Frame;

function ApplicationApprovedEmail({ helpdeskName, name: person, signInUrl }: Props) {
  return (
    <MailLayout helpdeskName={helpdeskName} preview="You can now work the support desk." heading="Your agent account is approved">
      <Paragraph>Hello {person},</Paragraph>
      <Paragraph>An admin approved your application: sign in to see the queues and start answering tickets.</Paragraph>
      <ActionButton href={signInUrl}>Sign in to the desk</ActionButton>
    </MailLayout>
  );
}

export const applicationApproved = defineTemplate({
  schema,
  subject: (_props, { helpdeskName }) => `Welcome to the ${helpdeskName} support team`,
  Component: ApplicationApprovedEmail,
});
