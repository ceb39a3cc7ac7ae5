'use server';

import { revalidatePath } from 'next/cache';
import { redirect } from 'next/navigation';
import { getActor } from '@/lib/auth/session';
import { errorFormState, type FormState, formDataObject } from '@/lib/forms/form-state';
import { retryMail } from '@/lib/mail/mail-log';

/** "Retry now" for a failed or waiting mail, "Send" for a held one: the domain decides which is allowed. */
export async function retryMailAction(_state: FormState, formData: FormData): Promise<FormState> {
  const input = formDataObject(formData);
  const id = input.id ?? '';
  try {
    await retryMail(await getActor(), { id });
  } catch (error) {
    return errorFormState(error, formData);
  }
  revalidatePath('/admin/mail');
  redirect(`/admin/mail/${encodeURIComponent(id)}?done=retry`);
}
