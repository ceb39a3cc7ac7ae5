import { z } from 'zod';
import { MailLayout } from './layout';
import { Paragraph, Quote } from './parts';
import { defineTemplate, type Frame, name } from './define';

const schema = z.strictObject({ name, reason: z.string().trim().min(1).max(500) });

type Props = z.output<typeof schema> & Frame;

function ApplicationRejectedEmail({ helpdeskName, name: person, reason }: Props) {
  return (
    <MailLayout helpdeskName={helpdeskName} preview="About your agent application." heading="Your agent application was not approved">
      <Paragraph>Hello {person},</Paragraph>
      <Paragraph>An admin reviewed your application for an agent account and did not approve it. The reason they gave:</Paragraph>
      <Quote message={{ body: reason }} />
      <Paragraph>If you think this is a mistake, contact the {helpdeskName} team.</Paragraph>
    </MailLayout>
  );
}

export const applicationRejected = defineTemplate({
  schema,
  subject: () => 'Your agent application',
  Component: ApplicationRejectedEmail,
});
