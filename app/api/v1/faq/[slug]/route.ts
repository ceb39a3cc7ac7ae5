import { toPublishedArticleResource } from '@/lib/api/resources/faq';
import { getPublishedArticle } from '@/lib/faq/public';
import { route, type RouteContext } from '@/lib/http/route';

export const dynamic = 'force-dynamic';

/** One published help article with related ones; 404 for a draft or an unknown slug. Anyone may read it. */
export const GET = route({ name: 'api-faq-article', auth: 'none' }, async ({ params }: RouteContext<{ slug: string }>) => ({
  article: toPublishedArticleResource(await getPublishedArticle({ slug: params.slug })),
}));
