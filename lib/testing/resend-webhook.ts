import { createHmac, randomBytes, randomUUID } from 'node:crypto';
import { NextRequest } from 'next/server';
import type { FakeAttachment } from './fake-resend';

/** A signing secret in Resend's format: `whsec_` and the base64 of the key's bytes. */
export function webhookSecret(): string {
  return `whsec_${randomBytes(24).toString('base64')}`;
}

/**
 * Signs a body as Resend (through Svix) does: `v1,` and the base64 HMAC-SHA256, keyed with the
 * bytes after `whsec_`, of `${id}.${timestamp}.${body}`.
 */
export function signWebhook(secret: string, body: string, options: { id?: string; timestamp?: number } = {}): Record<string, string> {
  const id = options.id ?? `msg_${randomUUID()}`;
  const timestamp = String(options.timestamp ?? Math.floor(Date.now() / 1000));
  const key = Buffer.from(secret.replace(/^whsec_/, ''), 'base64');
  const signature = createHmac('sha256', key).update(`${id}.${timestamp}.${body}`).digest('base64');
  return { 'svix-id': id, 'svix-timestamp': timestamp, 'svix-signature': `v1,${signature}` };
}

/** The POST Resend would make to /api/webhooks/resend with this event, signed unless told otherwise. */
export function webhookRequest(event: unknown, secret: string | null, options: { id?: string; timestamp?: number; headers?: Record<string, string> } = {}): NextRequest {
  const body = JSON.stringify(event);
  const signed = secret ? signWebhook(secret, body, options) : {};
  return new NextRequest('http://localhost/api/webhooks/resend', {
    method: 'POST',
    body,
    headers: { 'content-type': 'application/json', ...signed, ...options.headers },
  });
}

/** The `email.received` event for an inbound mail the fake Resend holds under `emailId`. */
export function receivedEvent(emailId: string, mail: { from: string; to: string[]; subject?: string }) {
  return {
    type: 'email.received',
    created_at: new Date().toISOString(),
    data: { email_id: emailId, created_at: new Date().toISOString(), from: mail.from, to: mail.to, cc: [], bcc: [], received_for: mail.to, message_id: `<${emailId}@mail.example.test>`, subject: mail.subject ?? '', attachments: [] },
  };
}

/** An inbound mail as `GET /emails/receiving/{id}` returns it. */
export function receivedMail(
  emailId: string,
  mail: { from: string; to: string[]; cc?: string[]; subject?: string; text?: string | null; html?: string | null; headers?: Record<string, string>; files?: FakeAttachment[] },
) {
  return {
    object: 'email',
    id: emailId,
    to: mail.to,
    from: mail.from,
    created_at: new Date().toISOString(),
    subject: mail.subject ?? 'Re: your request',
    bcc: null,
    cc: mail.cc ?? null,
    reply_to: null,
    received_for: mail.to,
    html: mail.html ?? null,
    text: mail.text ?? null,
    headers: mail.headers ?? {},
    message_id: `<${emailId}@mail.example.test>`,
    attachments: (mail.files ?? []).map((file) => ({
      id: file.id,
      filename: file.filename,
      size: file.content.length,
      content_type: file.contentType,
      content_id: file.contentId ?? null,
      content_disposition: file.disposition ?? 'attachment',
    })),
  };
}
