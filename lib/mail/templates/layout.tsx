import { Body, Container, Head, Heading, Hr, Html, Preview, Text } from '@react-email/components';
import type { ReactNode } from 'react';

const page = { backgroundColor: '#f1f5f9', fontFamily: 'Helvetica, Arial, sans-serif', margin: 0, padding: '24px 0' };
const card = { backgroundColor: '#ffffff', borderRadius: '12px', margin: '0 auto', maxWidth: '560px', padding: '28px 32px' };
const brand = { color: '#1e40af', fontSize: '14px', fontWeight: 700, letterSpacing: '0.02em', margin: '0 0 16px' };
const title = { color: '#0f172a', fontSize: '22px', lineHeight: '30px', margin: '0 0 16px' };
const rule = { borderColor: '#e2e8f0', margin: '28px 0 16px' };
const small = { color: '#475569', fontSize: '13px', lineHeight: '20px', margin: 0 };

type Props = { helpdeskName: string; preview: string; heading: string; footer?: string; children: ReactNode };

/** The frame every message shares: the helpdesk's name, one heading, the body, a footer line. */
export function MailLayout({ helpdeskName, preview, heading, footer, children }: Props) {
  return (
    <Html lang="en" dir="ltr">
      <Head />
      <Preview>{preview}</Preview>
      <Body style={page}>
        <Container style={card}>
          <Text style={brand}>{helpdeskName}</Text>
          <Heading as="h1" style={title}>
            {heading}
          </Heading>
          {children}
          <Hr style={rule} />
          <Text style={small}>{footer ?? `This message was sent by ${helpdeskName}.`}</Text>
        </Container>
      </Body>
    </Html>
  );
}
