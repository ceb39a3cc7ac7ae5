import { describe, expect, it } from 'vitest';
import { mailSamples } from '@/lib/testing/mail-samples';
import { toPublicMessage } from './public-message';
import { renderMail } from './render';
import { type MailKind, mailKinds, type MailProps } from './templates';

const MARKER = 'INTERNAL-NOTE-7f3a9c';
const withReply = mailKinds.filter((kind) => 'reply' in mailSamples[kind]);

describe('mail templates', () => {
  it.each(mailKinds)('renders %s as HTML and plain text with the helpdesk’s name and its links', async (kind) => {
    const mail = await renderMail(kind, mailSamples[kind]);
    expect(mail.subject.length).toBeGreaterThan(5);
    expect(mail.html).toMatch(/^<!DOCTYPE html/);
    expect(mail.html).toContain('<html dir="ltr" lang="en">');
    for (const version of [mail.html, mail.text]) {
      expect(version).toContain('Deskline');
      expect(version).not.toMatch(/undefined|\[object Object\]|NaN/);
    }
    // Every link of the HTML is written out in the text version too.
    const links = [...mail.html.matchAll(/href="([^"]+)"/g)].map((match) => match[1]!.replaceAll('&amp;', '&'));
    for (const link of links) expect(mail.text).toContain(link);
    const sample = mailSamples[kind] as Record<string, unknown>;
    if (typeof sample.number === 'string') expect(mail.text).toContain(sample.number);
  });

  it('escapes what people typed: markup in a name or a reply arrives as text', async () => {
    const mail = await renderMail('staff_reply', {
      ...mailSamples.staff_reply,
      requesterName: '<script>alert(1)</script>',
      reply: { ...mailSamples.staff_reply.reply, body: '<img src=x onerror=alert(2)> & "quotes"' },
    });
    expect(mail.html).not.toContain('<script>');
    expect(mail.html).not.toContain('<img src=x');
    expect(mail.html).toContain('&lt;script&gt;alert(1)&lt;/script&gt;');
    expect(mail.text).toContain('<img src=x onerror=alert(2)> & "quotes"');
  });

  it('gives the visitor the private link and a customer My tickets in the confirmation', async () => {
    const visitor = await renderMail('ticket_received', mailSamples.ticket_received);
    expect(visitor.text).toContain('http://localhost:3000/t/abc');
    expect(visitor.text).toMatch(/Keep it to yourself/);
    const customer = await renderMail('ticket_received', { ...mailSamples.ticket_received, ticketUrl: 'http://localhost:3000/portal/tickets/HD-20261203-0042', privateLink: false });
    expect(customer.text).toContain('Follow it in My tickets');
    expect(customer.text).not.toMatch(/Keep it to yourself/);
  });

  it('links each score of the resolved mail to the ticket with that score preselected', async () => {
    const mail = await renderMail('ticket_resolved', mailSamples.ticket_resolved);
    for (const score of [1, 2, 3, 4, 5]) expect(mail.html).toContain(`href="http://localhost:3000/t/abc?rate=${score}"`);
  });

  it('refuses a link that is not http(s)', async () => {
    await expect(renderMail('password_reset', { ...mailSamples.password_reset, resetUrl: 'javascript:alert(1)' })).rejects.toThrow(/resetUrl/);
  });
});

describe('internal notes never reach a template', () => {
  it.each(mailKinds)('%s refuses props it does not know, so a note cannot ride along', async (kind) => {
    const props = { ...mailSamples[kind], internalNotes: [{ body: MARKER }] } as unknown as MailProps<MailKind>;
    await expect(renderMail(kind, props)).rejects.toThrow(/internalNotes/);
  });

  it.each(withReply)('%s refuses a message that is not public, and extra fields inside one', async (kind) => {
    const sample = mailSamples[kind] as { reply: object };
    const internal = { ...sample, reply: { ...sample.reply, visibility: 'internal', body: MARKER } };
    await expect(renderMail(kind, internal as never)).rejects.toThrow(/reply\.visibility/);
    const smuggled = { ...sample, reply: { ...sample.reply, note: MARKER } };
    await expect(renderMail(kind, smuggled as never)).rejects.toThrow(/note/);
  });

  it('has no way to turn a stored internal note into a message for mail', () => {
    const note = { visibility: 'internal' as const, authorName: 'Sam', body: MARKER, createdAt: new Date() };
    expect(() => toPublicMessage(note)).toThrow(/internal note/);
    const reply = toPublicMessage({ ...note, visibility: 'public', body: 'Hello' });
    expect(reply).toEqual({ visibility: 'public', authorName: 'Sam', body: 'Hello', sentAt: note.createdAt });
  });

  it('does not type-check a template given an internal note', () => {
    const props: MailProps<'staff_reply'> = {
      ...mailSamples.staff_reply,
      // @ts-expect-error: a template's message is public by its type
      reply: { ...mailSamples.staff_reply.reply, visibility: 'internal' },
    };
    expect(props.reply.visibility).toBe('internal');
  });

  it('renders no marker from a ticket whose conversation holds one in an internal note', async () => {
    const conversation = [
      { visibility: 'public' as const, authorName: 'Sam', body: 'We are on it.', createdAt: new Date() },
      { visibility: 'internal' as const, authorName: 'Sam', body: `Customer is difficult ${MARKER}`, createdAt: new Date() },
    ];
    // As the wiring does it: only public messages become mail DTOs.
    const latestPublic = conversation.filter((m) => m.visibility === 'public').map(toPublicMessage).at(-1)!;
    for (const kind of withReply) {
      const mail = await renderMail(kind, { ...(mailSamples[kind] as object), reply: latestPublic } as never);
      expect(mail.html + mail.text + mail.subject).not.toContain(MARKER);
    }
  });
});
