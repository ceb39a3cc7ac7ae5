'use server';

import { revalidatePath } from 'next/cache';
import { redirect } from 'next/navigation';
import type { Actor } from '@/lib/access/actor';
import { getActor } from '@/lib/auth/session';
import { createCategory, moveCategory, setCategoryActive, updateCategory } from '@/lib/categories/manage';
import { AppError } from '@/lib/errors';
import { errorFormState, type FormState, formDataObject } from '@/lib/forms/form-state';

// Every form that offers categories, and every page that names them, reads them afresh.
const refresh = () => revalidatePath('/', 'layout');

export async function saveCategoryAction(_state: FormState, formData: FormData): Promise<FormState> {
  const input = formDataObject(formData);
  let result: { id: string };
  try {
    const actor = await getActor();
    result = input.id ? await updateCategory(actor, input) : await createCategory(actor, input);
  } catch (error) {
    return errorFormState(error, formData);
  }
  refresh();
  redirect(`/admin/categories?done=${input.id ? 'saved' : 'added'}&category=${result.id}`);
}

const decisions: Record<string, (actor: Actor, id: string) => Promise<unknown>> = {
  up: (actor, id) => moveCategory(actor, { id, direction: 'up' }),
  down: (actor, id) => moveCategory(actor, { id, direction: 'down' }),
  deactivate: (actor, id) => setCategoryActive(actor, { id, active: false }),
  reactivate: (actor, id) => setCategoryActive(actor, { id, active: true }),
};

export async function categoryDecisionAction(_state: FormState, formData: FormData): Promise<FormState> {
  const input = formDataObject(formData);
  const decision = input.decision ?? '';
  try {
    const decide = decisions[decision];
    if (!decide) throw new AppError('validation', 'Unknown action.');
    await decide(await getActor(), input.id ?? '');
  } catch (error) {
    return errorFormState(error, formData);
  }
  refresh();
  redirect(`/admin/categories?done=${decision}&category=${encodeURIComponent(input.id ?? '')}`);
}
