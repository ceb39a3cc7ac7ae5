import type { NextRequest } from 'next/server';
import { AppError, isAppError } from '@/lib/errors';
import { suggestArticles } from '@/lib/faq/public';
import { clientIp } from '@/lib/http/client-ip';
import { errorResponse } from '@/lib/http/error-response';

export const dynamic = 'force-dynamic';

/** Published help articles that may answer what someone is typing: `?q=…`, public, rate-limited. */
export async function GET(request: NextRequest) {
  try {
    const articles = await suggestArticles(
      { text: request.nextUrl.searchParams.get('q') ?? '' },
      { ip: clientIp(request.headers) },
    );
    return Response.json({ articles }, { headers: { 'Cache-Control': 'no-store' } });
  } catch (error) {
    // The domain calls the text `text`; this endpoint's parameter is `q`.
    if (isAppError(error) && error.fields?.text) {
      return new AppError(error.code, error.message, { fields: { q: error.fields.text } }).toResponse();
    }
    return errorResponse(error, 'faq-suggestions');
  }
}
