import { Resend } from 'resend';
import { z } from 'zod';
import { AppError, notFound } from '@/lib/errors';
import type { MailSettings } from '../settings';

const addressList = z.array(z.string()).nullish().transform((list) => list ?? []);

/** The events Deskline acts on, as Resend sends them; any other type is acknowledged and ignored. */
const handledEvent = z.discriminatedUnion('type', [
  z.object({
    type: z.literal('email.received'),
    data: z.object({ email_id: z.string().min(1).max(100), from: z.string().default(''), to: addressList, subject: z.string().nullish() }),
  }),
  z.object({
    type: z.literal('email.bounced'),
    data: z.object({
      email_id: z.string().max(100).nullish(),
      to: addressList,
      bounce: z.object({ type: z.string().nullish(), subType: z.string().nullish(), message: z.string().nullish() }).nullish(),
    }),
  }),
  z.object({
    type: z.literal('email.complained'),
    data: z.object({ email_id: z.string().max(100).nullish(), to: addressList }),
  }),
]);

export type ResendEvent = z.output<typeof handledEvent> | { type: 'other'; name: string };

/**
 * Checks the Svix signature of a webhook from Resend (svix-id, svix-timestamp, svix-signature,
 * five minutes of tolerance) with the SDK, then reads the event. Without a secret nothing is
 * accepted: an unsigned request must never change a ticket.
 */
export function verifyResendEvent(payload: string, headers: Headers, settings: Pick<MailSettings, 'webhookSecret' | 'apiKey'>): ResendEvent {
  if (!settings.webhookSecret) throw notFound('Resend webhooks are not set up here: set RESEND_WEBHOOK_SECRET to receive them.');
  // Verifying uses no API key, but the client will not be built without one.
  const resend = new Resend(settings.apiKey ?? 're_unused_for_verification');
  let verified: unknown;
  try {
    verified = resend.webhooks.verify({
      payload,
      headers: { id: headers.get('svix-id') ?? '', timestamp: headers.get('svix-timestamp') ?? '', signature: headers.get('svix-signature') ?? '' },
      webhookSecret: settings.webhookSecret,
    });
  } catch {
    throw new AppError('unauthorized', 'The webhook signature is missing, wrong or too old.');
  }
  const type = typeof verified === 'object' && verified && 'type' in verified ? String(verified.type) : '';
  if (type !== 'email.received' && type !== 'email.bounced' && type !== 'email.complained') return { type: 'other', name: type };
  const parsed = handledEvent.safeParse(verified);
  if (!parsed.success) throw new AppError('bad_request', `The ${type} event does not have the expected fields.`);
  return parsed.data;
}
