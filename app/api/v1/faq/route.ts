import { toArticleSummaries } from '@/lib/api/resources/faq';
import { listPublishedArticles, searchArticles } from '@/lib/faq/public';
import { route } from '@/lib/http/route';

export const dynamic = 'force-dynamic';

/** Published help articles, by `category` slug, or matching `q`. Anyone may read them. */
export const GET = route({ name: 'api-faq', auth: 'none' }, async ({ request }) => {
  const params = request.nextUrl.searchParams;
  const q = params.get('q')?.trim();
  const category = params.get('category') ?? undefined;
  return { data: q ? await searchArticles({ q, category }) : toArticleSummaries(await listPublishedArticles({ category })) };
});
