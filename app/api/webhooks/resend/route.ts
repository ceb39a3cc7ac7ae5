import { route } from '@/lib/http/route';
import { handleResendWebhook } from '@/lib/mail/inbound/handle-webhook';

// Resend signs the body as sent, so it is read raw; the signature is the only credential.
export const POST = route({ name: 'webhook-resend', auth: 'none', body: 'text' }, async ({ request, body }) =>
  handleResendWebhook(String(body), request.headers),
);
