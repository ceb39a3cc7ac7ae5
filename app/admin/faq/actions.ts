'use server';

import type { Actor } from '@/lib/access/actor';
import { AppError } from '@/lib/errors';
import { createFaqArticle, deleteFaqArticle, moveFaqArticle, setFaqPublished, updateFaqArticle } from '@/lib/faq/manage';
import { formAction } from '@/lib/forms/action';

// The public help centre reads the same rows; its pages must not show a stale copy.
const revalidate = [{ layout: '/admin' }, { layout: '/help' }];

export const saveFaqAction = formAction(
  async ({ actor, input }) => (input.id ? updateFaqArticle(actor, input) : createFaqArticle(actor, input)),
  { revalidate, redirect: ({ id }) => `/admin/faq/${id}?saved=1` },
);

const quick = {
  publish: (actor: Actor, id: string) => setFaqPublished(actor, { id, published: true }),
  unpublish: (actor: Actor, id: string) => setFaqPublished(actor, { id, published: false }),
  up: (actor: Actor, id: string) => moveFaqArticle(actor, { id, direction: 'up' }),
  down: (actor: Actor, id: string) => moveFaqArticle(actor, { id, direction: 'down' }),
  delete: (actor: Actor, id: string) => deleteFaqArticle(actor, { id }),
};

/** Publish, unpublish, move and delete: one click each, from the list or the edit page. */
export const faqDecisionAction = formAction(
  async ({ actor, input }) => {
    const decision = input.decision as keyof typeof quick;
    if (!Object.hasOwn(quick, decision)) throw new AppError('validation', 'Unknown action.');
    const id = input.id ?? '';
    await quick[decision](actor, id);
    return { decision, id, back: input.returnTo === 'edit' && decision !== 'delete' ? `/admin/faq/${id}` : '/admin/faq' };
  },
  { revalidate, redirect: ({ decision, id, back }) => `${back}?done=${decision}&article=${encodeURIComponent(id)}` },
);
