'use server';

import type { Actor } from '@/lib/access/actor';
import { createCategory, moveCategory, setCategoryActive, updateCategory } from '@/lib/categories/manage';
import { AppError } from '@/lib/errors';
import { formAction } from '@/lib/forms/action';

// Every form that offers categories, and every page that names them, reads them afresh.
const revalidate = { layout: '/' };

export const saveCategoryAction = formAction(
  async ({ actor, input }) => {
    const { id } = input.id ? await updateCategory(actor, input) : await createCategory(actor, input);
    return { id, done: input.id ? 'saved' : 'added' };
  },
  { revalidate, redirect: ({ id, done }) => `/admin/categories?done=${done}&category=${id}` },
);

const decisions: Record<string, (actor: Actor, id: string) => Promise<unknown>> = {
  up: (actor, id) => moveCategory(actor, { id, direction: 'up' }),
  down: (actor, id) => moveCategory(actor, { id, direction: 'down' }),
  deactivate: (actor, id) => setCategoryActive(actor, { id, active: false }),
  reactivate: (actor, id) => setCategoryActive(actor, { id, active: true }),
};

export const categoryDecisionAction = formAction(
  async ({ actor, input }) => {
    const decision = input.decision ?? '';
    const decide = Object.hasOwn(decisions, decision) ? decisions[decision] : undefined;
    if (!decide) throw new AppError('validation', 'Unknown action.');
    const id = input.id ?? '';
    await decide(actor, id);
    return { decision, id };
  },
  { revalidate, redirect: ({ decision, id }) => `/admin/categories?done=${decision}&category=${encodeURIComponent(id)}` },
);
