import { render, toPlainText } from '@react-email/render';
import { createElement } from 'react';
import { appName } from '@/lib/config';
import { type MailKind, type MailProps, mailTemplates } from './templates';
import type { MailTemplate } from './templates/define';

export type RenderedMail = { subject: string; html: string; text: string };

/**
 * Renders a template to HTML and plain text on the server. The props are parsed with the
 * template's strict schema first: an unknown prop (an internal note, say) is refused, not ignored.
 */
export async function renderMail<K extends MailKind>(kind: K, props: MailProps<K>): Promise<RenderedMail> {
  const template = mailTemplates[kind] as unknown as MailTemplate;
  const parsed = template.schema.safeParse(props);
  if (!parsed.success) {
    const problems = parsed.error.issues.map((issue) => `${issue.path.join('.') || '(props)'}: ${issue.message}`).join('; ');
    throw new Error(`Mail ${kind} cannot be rendered: ${problems}`);
  }
  const frame = { helpdeskName: appName };
  const values = { ...(parsed.data as object), ...frame };
  const html = await render(createElement(template.Component, values));
  // Links are kept beside their text; the hidden preview line stays out of the text version.
  const text = toPlainText(html);
  return { subject: template.subject(parsed.data, frame), html, text };
}
