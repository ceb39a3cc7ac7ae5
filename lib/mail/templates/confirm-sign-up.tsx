import { z } from 'zod';
import { MailLayout } from './layout';
import { ActionButton, Paragraph, PlainLink } from './parts';
import { defineTemplate, type Frame, link, name } from './define';

const schema = z.strictObject({
  name,
  confirmUrl: link,
  agent: z.boolean(),
  expiresInHours: z.number().int().min(1).max(7 * 24),
});

type Props = z.output<typeof schema> & Frame;

function ConfirmSignUpEmail({ helpdeskName, name: person, confirmUrl, agent, expiresInHours }: Props) {
  return (
    <MailLayout
      helpdeskName={helpdeskName}
      preview="One step left: confirm your email address."
      heading="Confirm your email address"
      footer="If you did not ask for an account, ignore this message: nothing is created without the link."
    >
      <Paragraph>Hello {person},</Paragraph>
      <Paragraph>
        {agent
          ? `Open the link to send your application for an agent account at ${helpdeskName}; an admin reviews it next.`
          : `Open the link to create your ${helpdeskName} account, then sign in with the password you chose.`}{' '}
        It works for {expiresInHours} hours.
      </Paragraph>
      <ActionButton href={confirmUrl}>{agent ? 'Confirm and apply' : 'Confirm and create my account'}</ActionButton>
      <PlainLink href={confirmUrl} />
    </MailLayout>
  );
}

export const confirmSignUp = defineTemplate({
  schema,
  subject: (_props, { helpdeskName }) => `Confirm your email for ${helpdeskName}`,
  Component: ConfirmSignUpEmail,
});
