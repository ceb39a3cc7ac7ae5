'use server';

import { revalidatePath } from 'next/cache';
import { redirect } from 'next/navigation';
import type { Actor } from '@/lib/access/actor';
import { getActor } from '@/lib/auth/session';
import { errorFormState, type FormState } from '@/lib/forms/form-state';
import { addRequesterReply, rateTicket, resolveAsRequester } from '@/lib/tickets/requester-actions';

type Done = 'replied' | 'resolved' | 'rated';

async function act(number: string, formData: FormData, done: Done, work: (access: { actor: Actor; number: string }) => Promise<unknown>): Promise<FormState> {
  const actor = await getActor();
  try {
    await work({ actor, number });
  } catch (error) {
    return errorFormState(error, formData);
  }
  const path = `/portal/tickets/${encodeURIComponent(number)}`;
  revalidatePath(path);
  redirect(`${path}?done=${done}`);
}

export async function replyAsCustomer(number: string, _state: FormState, formData: FormData): Promise<FormState> {
  return act(number, formData, 'replied', (access) => addRequesterReply(access, { body: formData.get('body') }));
}

export async function resolveAsCustomer(number: string, _state: FormState, formData: FormData): Promise<FormState> {
  return act(number, formData, 'resolved', (access) => resolveAsRequester(access));
}

export async function rateAsCustomer(number: string, _state: FormState, formData: FormData): Promise<FormState> {
  return act(number, formData, 'rated', (access) => rateTicket(access, { rating: formData.get('rating'), comment: formData.get('comment') }));
}
