'use server';

import { cookies, headers } from 'next/headers';
import { redirect } from 'next/navigation';
import { getActor } from '@/lib/auth/session';
import { errorFormState, type FormState, formDataObject } from '@/lib/forms/form-state';
import { clientIp } from '@/lib/http/client-ip';
import { createTicket } from '@/lib/tickets/create-ticket';
import { SUBMITTED_COOKIE } from './submitted-cookie';

export async function submitContact(_state: FormState, formData: FormData): Promise<FormState> {
  const actor = await getActor();
  let number: string;
  try {
    const ticket = await createTicket(actor, formDataObject(formData), {
      ip: clientIp(await headers()),
      channel: 'web_form',
    });
    number = ticket.number;
  } catch (error) {
    return errorFormState(error, formData);
  }
  // The thank-you page reads the number from this short-lived cookie, not from the URL,
  // so that the page cannot be used to confirm that a number exists.
  (await cookies()).set(SUBMITTED_COOKIE, number, {
    httpOnly: true,
    sameSite: 'lax',
    path: '/contact',
    maxAge: 60 * 30,
    secure: process.env.NODE_ENV === 'production' && process.env.AUTH_URL?.startsWith('https:') === true,
  });
  redirect('/contact/thanks');
}
