import { toFaqAdminRowResource, toFaqArticleResource } from '@/lib/api/resources/faq-admin';
import { createFaqArticle, getFaqArticle, listFaqForAdmin } from '@/lib/faq/manage';
import { route } from '@/lib/http/route';

export const dynamic = 'force-dynamic';

/** Every article, drafts included, in the admins' order. Admins only. */
export const GET = route({ name: 'api-admin-list-faq', auth: 'required' }, async ({ actor }) => ({
  data: (await listFaqForAdmin(actor)).map(toFaqAdminRowResource),
}));

/** Writes an article with the article form's fields. Admins only. */
export const POST = route({ name: 'api-admin-create-faq', auth: 'required', permission: 'faq:manage', body: 'json', status: 201 }, async ({ actor, body }) => {
  const { id } = await createFaqArticle(actor, body);
  return { article: toFaqArticleResource(await getFaqArticle(actor, { id })) };
});
