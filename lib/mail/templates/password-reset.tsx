import { z } from 'zod';
import { MailLayout } from './layout';
import { ActionButton, Paragraph, PlainLink } from './parts';
import { defineTemplate, type Frame, link, name } from './define';

const schema = z.strictObject({
  name,
  resetUrl: link,
  expiresInMinutes: z.number().int().min(1).max(24 * 60),
});

type Props = z.output<typeof schema> & Frame;

function PasswordResetEmail({ helpdeskName, name: person, resetUrl, expiresInMinutes }: Props) {
  return (
    <MailLayout
      helpdeskName={helpdeskName}
      preview="A link to choose a new password."
      heading="Choose a new password"
      footer="If you did not ask for this, ignore this message: your password stays as it is."
    >
      <Paragraph>Hello {person},</Paragraph>
      <Paragraph>
        Someone asked to reset the password of your {helpdeskName} account. The link works once, for {expiresInMinutes} minutes.
      </Paragraph>
      <ActionButton href={resetUrl}>Choose a new password</ActionButton>
      <PlainLink href={resetUrl} />
    </MailLayout>
  );
}

export const passwordReset = defineTemplate({
  schema,
  subject: (_props, { helpdeskName }) => `Reset your ${helpdeskName} password`,
  Component: PasswordResetEmail,
});
