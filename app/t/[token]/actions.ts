'use server';

import { revalidatePath } from 'next/cache';
import { headers } from 'next/headers';
import { redirect } from 'next/navigation';
import { getActor } from '@/lib/auth/session';
import { errorFormState, type FormState } from '@/lib/forms/form-state';
import { clientIp } from '@/lib/http/client-ip';
import { addRequesterReply, rateTicket, resolveAsRequester } from '@/lib/tickets/requester-actions';
import { attachTicketToAccount, reissueTrackingLink } from '@/lib/tickets/tracking-link';

// The token travels only in /t/ addresses and in these forms' bound arguments, never elsewhere.

async function linkAccess(token: string) {
  return { token, ip: clientIp(await headers()) };
}

async function act(token: string, formData: FormData, done: string, work: (access: { token: string; ip: string }) => Promise<unknown>): Promise<FormState> {
  try {
    await work(await linkAccess(token));
  } catch (error) {
    return errorFormState(error, formData);
  }
  revalidatePath(`/t/${token}`);
  redirect(`/t/${token}?done=${done}`);
}

export async function replyByLink(token: string, _state: FormState, formData: FormData): Promise<FormState> {
  return act(token, formData, 'replied', (access) => addRequesterReply(access, { body: formData.get('body') }));
}

export async function resolveByLink(token: string, _state: FormState, formData: FormData): Promise<FormState> {
  return act(token, formData, 'resolved', (access) => resolveAsRequester(access));
}

export async function rateByLink(token: string, _state: FormState, formData: FormData): Promise<FormState> {
  return act(token, formData, 'rated', (access) => rateTicket(access, { rating: formData.get('rating'), comment: formData.get('comment') }));
}

export async function renewLink(token: string, _state: FormState, formData: FormData): Promise<FormState> {
  let renewed: string;
  try {
    ({ token: renewed } = await reissueTrackingLink(await linkAccess(token)));
  } catch (error) {
    return errorFormState(error, formData);
  }
  redirect(`/t/${renewed}?done=renewed`);
}

export async function attachByLink(token: string, _state: FormState, formData: FormData): Promise<FormState> {
  const actor = await getActor();
  let number: string;
  try {
    ({ number } = await attachTicketToAccount(actor, await linkAccess(token)));
  } catch (error) {
    return errorFormState(error, formData);
  }
  revalidatePath('/portal/tickets');
  redirect(`/portal/tickets/${number}?done=attached`);
}
