import { AppError } from '@/lib/errors';
import { suggestArticles } from '@/lib/faq/public';
import { clientIp } from '@/lib/http/client-ip';
import { route } from '@/lib/http/route';

export const dynamic = 'force-dynamic';

/** Published help articles that may answer what someone is typing: `?q=…`, public, rate-limited. */
export const GET = route(
  {
    name: 'faq-suggestions',
    auth: 'optional',
    // The domain calls the text `text`; this endpoint's parameter is `q`.
    mapError: (error) =>
      error.fields?.text ? new AppError(error.code, error.message, { fields: { q: error.fields.text }, retryAfterSeconds: error.retryAfterSeconds }) : error,
  },
  async ({ request }) => ({
    articles: await suggestArticles({ text: request.nextUrl.searchParams.get('q') ?? '' }, { ip: clientIp(request.headers) }),
  }),
);
