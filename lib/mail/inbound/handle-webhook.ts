import 'server-only';
import { mailSettings } from '../settings';
import { markUndeliverable } from './undeliverable';
import { receiveMail } from './receive-mail';
import { verifyResendEvent } from './webhook-event';

export type WebhookAnswer = { received: true; event: string; outcome: string };

/**
 * A webhook from Resend, its raw body and headers as sent: verified first (401 when the
 * signature fails, 404 when no secret is set), then acted on. Events Deskline does not use are
 * acknowledged, so Resend does not retry them.
 */
export async function handleResendWebhook(payload: string, headers: Headers): Promise<WebhookAnswer> {
  const event = verifyResendEvent(payload, headers, mailSettings());
  switch (event.type) {
    case 'email.received':
      return { received: true, event: event.type, outcome: await receiveMail(event.data.email_id) };
    case 'email.bounced':
    case 'email.complained':
      return { received: true, event: event.type, outcome: await markUndeliverable(event) };
    default:
      return { received: true, event: event.name, outcome: 'ignored' };
  }
}
