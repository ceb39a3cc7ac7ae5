import { Link, Section } from '@react-email/components';
import { z } from 'zod';
import { MailLayout } from './layout';
import { ActionButton, Paragraph } from './parts';
import { defineTemplate, type Frame, link, name, ticketNumber, ticketSubject } from './define';

const schema = z.strictObject({
  requesterName: name,
  number: ticketNumber,
  subject: ticketSubject,
  /** The ticket's page for this requester; the rating links add `rate=1…5` to it. */
  ticketUrl: link,
});

type Props = z.output<typeof schema> & Frame;

const scores = [
  [1, 'Very poor'],
  [2, 'Poor'],
  [3, 'Fair'],
  [4, 'Good'],
  [5, 'Excellent'],
] as const;

export function ratingUrl(ticketUrl: string, score: number): string {
  const url = new URL(ticketUrl);
  url.searchParams.set('rate', String(score));
  return url.toString();
}

const scoreLink = {
  border: '1px solid #93c5fd',
  borderRadius: '8px',
  color: '#1e3a8a',
  display: 'inline-block',
  fontSize: '15px',
  margin: '0 8px 8px 0',
  padding: '8px 12px',
  textDecoration: 'none',
};

function TicketResolvedEmail({ helpdeskName, requesterName, number, ticketUrl }: Props) {
  return (
    <MailLayout helpdeskName={helpdeskName} preview={`How did we do on ${number}?`} heading={`Your ticket ${number} is resolved`}>
      <Paragraph>Hello {requesterName},</Paragraph>
      <Paragraph>We have marked your request as solved. How was the help you got? Choose a score: your ticket opens with it selected, and you can add a comment before you send it.</Paragraph>
      <Section style={{ margin: '0 0 16px' }}>
        <ul aria-label="Rate the help you got" style={{ listStyle: 'none', margin: 0, padding: 0 }}>
          {scores.map(([score, label]) => (
            <li key={score} style={{ display: 'inline-block' }}>
              <Link href={ratingUrl(ticketUrl, score)} style={scoreLink}>
                {score} – {label}
              </Link>
            </li>
          ))}
        </ul>
      </Section>
      <Paragraph>If the problem is not solved after all, tell us on your ticket.</Paragraph>
      <ActionButton href={ticketUrl}>Open my ticket</ActionButton>
    </MailLayout>
  );
}

export const ticketResolved = defineTemplate({
  schema,
  subject: ({ subject }) => `Resolved: ${subject}`,
  Component: TicketResolvedEmail,
});
