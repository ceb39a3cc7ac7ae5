import { z } from 'zod';
import { MailLayout } from './layout';
import { ActionButton, Paragraph } from './parts';
import { defineTemplate, type Frame, link, name } from './define';

const schema = z.strictObject({ name, signInUrl: link, resetUrl: link });

type Props = z.output<typeof schema> & Frame;

function AccountExistsEmail({ helpdeskName, name: person, signInUrl, resetUrl }: Props) {
  return (
    <MailLayout
      helpdeskName={helpdeskName}
      preview="Someone tried to create an account with your email address."
      heading="You already have an account"
      footer="If this was not you, ignore this message: your account is unchanged."
    >
      <Paragraph>Hello {person},</Paragraph>
      <Paragraph>
        Someone tried to create a new {helpdeskName} account with this email address. It already has one, so nothing was created. Sign in
        instead, or choose a new password if you have forgotten it.
      </Paragraph>
      <ActionButton href={signInUrl}>Sign in</ActionButton>
      <Paragraph>
        Forgotten your password? <a href={resetUrl}>Choose a new one</a>.
      </Paragraph>
    </MailLayout>
  );
}

export const accountExists = defineTemplate({
  schema,
  subject: (_props, { helpdeskName }) => `You already have a ${helpdeskName} account`,
  Component: AccountExistsEmail,
});
