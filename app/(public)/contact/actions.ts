'use server';

import { cookies, headers } from 'next/headers';
import { formAction } from '@/lib/forms/action';
import { attachmentRefsFromForm } from '@/lib/forms/attachment-refs';
import { clientIp } from '@/lib/http/client-ip';
import { secureCookies } from '@/lib/http/public-origin';
import { createTicket } from '@/lib/tickets/create-ticket';
import { encodeSubmitted, SUBMITTED_COOKIE } from './submitted-cookie';

export const submitContact = formAction(
  async ({ actor, input, formData }) => {
    const ip = clientIp(await headers());
    const attachments = await attachmentRefsFromForm(actor, formData, { ip });
    const ticket = await createTicket(actor, { ...input, attachments }, { ip, channel: 'web_form' });
    // A customer follows the ticket in the portal; the private link is for everyone else.
    const customer = actor.kind === 'user' && actor.role === 'customer';
    // The thank-you page reads the number and link from this short-lived cookie, not from the URL,
    // so that the page cannot be used to confirm that a number exists and the token is not logged.
    (await cookies()).set(SUBMITTED_COOKIE, encodeSubmitted({ number: ticket.number, token: customer ? null : ticket.trackingToken }), {
      httpOnly: true,
      sameSite: 'lax',
      path: '/contact',
      maxAge: 60 * 30,
      secure: secureCookies(),
    });
  },
  { redirect: '/contact/thanks' },
);
