'use server';

import { cookies, headers } from 'next/headers';
import { redirect } from 'next/navigation';
import { getActor } from '@/lib/auth/session';
import { errorFormState, type FormState, formDataObject } from '@/lib/forms/form-state';
import { clientIp } from '@/lib/http/client-ip';
import { secureCookies } from '@/lib/http/public-origin';
import { createTicket } from '@/lib/tickets/create-ticket';
import { encodeSubmitted, SUBMITTED_COOKIE, type Submitted } from './submitted-cookie';

export async function submitContact(_state: FormState, formData: FormData): Promise<FormState> {
  const actor = await getActor();
  let submitted: Submitted;
  try {
    const ticket = await createTicket(actor, formDataObject(formData), {
      ip: clientIp(await headers()),
      channel: 'web_form',
    });
    // A customer follows the ticket in the portal; the private link is for everyone else.
    const customer = actor.kind === 'user' && actor.role === 'customer';
    submitted = { number: ticket.number, token: customer ? null : ticket.trackingToken };
  } catch (error) {
    return errorFormState(error, formData);
  }
  // The thank-you page reads the number and link from this short-lived cookie, not from the URL,
  // so that the page cannot be used to confirm that a number exists and the token is not logged.
  (await cookies()).set(SUBMITTED_COOKIE, encodeSubmitted(submitted), {
    httpOnly: true,
    sameSite: 'lax',
    path: '/contact',
    maxAge: 60 * 30,
    secure: secureCookies(),
  });
  redirect('/contact/thanks');
}
