import { toFaqArticleResource } from '@/lib/api/resources/faq-admin';
import { parseInput } from '@/lib/errors';
import { deleteFaqArticle, getFaqArticle, setFaqPublished, updateFaqArticle } from '@/lib/faq/manage';
import { faqPatchSchema } from '@/lib/faq/patch';
import { route, type RouteContext } from '@/lib/http/route';

export const dynamic = 'force-dynamic';

type Context = RouteContext<{ id: string }>;

export const GET = route({ name: 'api-admin-read-faq', auth: 'required' }, async ({ actor, params }: Context) => ({
  article: toFaqArticleResource(await getFaqArticle(actor, { id: params.id })),
}));

/**
 * Changes the fields given. Only `visibility` publishes or withdraws the article as the list's
 * switch does; anything more is the edit form's save, the fields left out keeping their value.
 */
export const PATCH = route({ name: 'api-admin-update-faq', auth: 'required', permission: 'faq:manage', body: 'json' }, async ({ actor, params, body }: Context) => {
  const current = await getFaqArticle(actor, { id: params.id });
  const patch = parseInput(faqPatchSchema, body);
  const fields = Object.keys(patch).filter((key) => patch[key as keyof typeof patch] !== undefined);
  if (fields.length === 1 && patch.visibility) {
    await setFaqPublished(actor, { id: current.id, published: patch.visibility === 'published' });
  } else if (fields.length > 0) {
    await updateFaqArticle(actor, {
      id: current.id,
      question: patch.question ?? current.question,
      answer: patch.answer ?? current.answer,
      categoryId: patch.categoryId ?? current.categoryId ?? undefined,
      visibility: patch.visibility ?? (current.published ? 'published' : 'draft'),
    });
  }
  return { article: toFaqArticleResource(await getFaqArticle(actor, { id: current.id })) };
});

export const DELETE = route({ name: 'api-admin-delete-faq', auth: 'required' }, async ({ actor, params }: Context) => ({
  deleted: await deleteFaqArticle(actor, { id: params.id }),
}));
