'use server';

import { revalidatePath } from 'next/cache';
import { headers } from 'next/headers';
import { redirect } from 'next/navigation';
import { getActor } from '@/lib/auth/session';
import { errorFormState, type FormState, formDataObject } from '@/lib/forms/form-state';
import { clientIp } from '@/lib/http/client-ip';
import { createTicket } from '@/lib/tickets/create-ticket';

export async function submitPortalTicket(_state: FormState, formData: FormData): Promise<FormState> {
  const actor = await getActor();
  let number: string;
  try {
    ({ number } = await createTicket(actor, formDataObject(formData), { channel: 'portal', ip: clientIp(await headers()) }));
  } catch (error) {
    return errorFormState(error, formData);
  }
  revalidatePath('/portal/tickets');
  redirect(`/portal/tickets/${number}?done=created`);
}
