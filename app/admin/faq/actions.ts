'use server';

import { revalidatePath } from 'next/cache';
import { redirect } from 'next/navigation';
import type { Actor } from '@/lib/access/actor';
import { getActor } from '@/lib/auth/session';
import { AppError } from '@/lib/errors';
import { createFaqArticle, deleteFaqArticle, moveFaqArticle, setFaqPublished, updateFaqArticle } from '@/lib/faq/manage';
import { errorFormState, type FormState, formDataObject } from '@/lib/forms/form-state';

// The public help centre reads the same rows; its pages must not show a stale copy.
function refresh() {
  revalidatePath('/admin', 'layout');
  revalidatePath('/help', 'layout');
}

export async function saveFaqAction(_state: FormState, formData: FormData): Promise<FormState> {
  const input = formDataObject(formData);
  let id: string;
  try {
    const actor = await getActor();
    id = (input.id ? await updateFaqArticle(actor, input) : await createFaqArticle(actor, input)).id;
  } catch (error) {
    return errorFormState(error, formData);
  }
  refresh();
  redirect(`/admin/faq/${id}?saved=1`);
}

const quick = {
  publish: (actor: Actor, id: string) => setFaqPublished(actor, { id, published: true }),
  unpublish: (actor: Actor, id: string) => setFaqPublished(actor, { id, published: false }),
  up: (actor: Actor, id: string) => moveFaqArticle(actor, { id, direction: 'up' }),
  down: (actor: Actor, id: string) => moveFaqArticle(actor, { id, direction: 'down' }),
  delete: (actor: Actor, id: string) => deleteFaqArticle(actor, { id }),
};

/** Publish, unpublish, move and delete: one click each, from the list or the edit page. */
export async function faqDecisionAction(_state: FormState, formData: FormData): Promise<FormState> {
  const input = formDataObject(formData);
  const decision = input.decision as keyof typeof quick;
  try {
    if (!Object.hasOwn(quick, decision)) throw new AppError('validation', 'Unknown action.');
    await quick[decision](await getActor(), input.id ?? '');
  } catch (error) {
    return errorFormState(error, formData);
  }
  refresh();
  const back = input.returnTo === 'edit' && decision !== 'delete' ? `/admin/faq/${input.id}` : '/admin/faq';
  redirect(`${back}?done=${decision}&article=${encodeURIComponent(input.id ?? '')}`);
}
