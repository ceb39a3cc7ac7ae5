import { Button, Link, Section, Text } from '@react-email/components';
import { Fragment, type ReactNode } from 'react';
import type { PublicMessage } from '../public-message';

const paragraph = { color: '#1e293b', fontSize: '16px', lineHeight: '24px', margin: '0 0 16px' };
const button = {
  backgroundColor: '#1d4ed8',
  borderRadius: '8px',
  color: '#ffffff',
  display: 'inline-block',
  fontSize: '16px',
  fontWeight: 600,
  padding: '12px 20px',
  textDecoration: 'none',
};
const quote = { backgroundColor: '#f8fafc', borderLeft: '4px solid #93c5fd', margin: '0 0 16px', padding: '12px 16px' };
const quoteBody = { ...paragraph, margin: 0, wordBreak: 'break-word' as const };
const label = { color: '#475569', fontSize: '14px', lineHeight: '20px', margin: '0 0 4px' };
const fact = { color: '#0f172a', fontSize: '15px', lineHeight: '22px', margin: '0 0 12px' };

export function Paragraph({ children }: { children: ReactNode }) {
  return <Text style={paragraph}>{children}</Text>;
}

export function ActionButton({ href, children }: { href: string; children: ReactNode }) {
  return (
    <Section style={{ margin: '8px 0 24px' }}>
      <Button href={href} style={button}>
        {children}
      </Button>
    </Section>
  );
}

/** A link written out in full too, for mail clients that strip buttons and for copying. */
export function PlainLink({ href }: { href: string }) {
  return (
    <Text style={{ ...paragraph, fontSize: '14px', wordBreak: 'break-all' }}>
      <Link href={href} style={{ color: '#1d4ed8' }}>
        {href}
      </Link>
    </Text>
  );
}

/**
 * A message quoted as written: markup shown as text (React escapes it), line breaks kept as
 * <br> so that the plain-text version keeps them too.
 */
export function Quote({ message }: { message: { authorName?: string; body: PublicMessage['body'] } }) {
  const lines = message.body.split(/\r?\n/);
  return (
    <Section style={quote}>
      {message.authorName ? <Text style={label}>{message.authorName} wrote:</Text> : null}
      <Text style={quoteBody}>
        {lines.map((line, index) => (
          <Fragment key={index}>
            {index > 0 ? <br /> : null}
            {line}
          </Fragment>
        ))}
      </Text>
    </Section>
  );
}

export function Facts({ items }: { items: Array<[string, string]> }) {
  return (
    <Section style={{ margin: '0 0 8px' }}>
      {items.map(([term, value]) => (
        <Text key={term} style={fact}>
          <span style={label}>{term}:</span> <strong>{value}</strong>
        </Text>
      ))}
    </Section>
  );
}
