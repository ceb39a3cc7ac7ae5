'use server';

import { revalidatePath } from 'next/cache';
import { redirect } from 'next/navigation';
import { getActor } from '@/lib/auth/session';
import { errorFormState, type FormState } from '@/lib/forms/form-state';
import { setAutoAssign } from '@/lib/settings/auto-assign';

export async function autoAssignAction(_state: FormState, formData: FormData): Promise<FormState> {
  const actor = await getActor();
  try {
    await setAutoAssign(actor, { enabled: formData.get('enabled') });
  } catch (error) {
    return errorFormState(error, formData);
  }
  revalidatePath('/desk/settings');
  redirect('/desk/settings?saved=1');
}
