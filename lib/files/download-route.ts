import 'server-only';
import { type NextRequest } from 'next/server';
import { isAppError } from '@/lib/errors';
import { clientIp } from '@/lib/http/client-ip';
import { plainPage } from '@/lib/http/plain-page';
import { route } from '@/lib/http/route';
import { downloadAttachment } from './download';

const titles: Record<number, string> = { 404: 'File not found', 409: 'File not available', 429: 'Too many attempts' };

/** A refusal a person can read when they followed a link; API callers keep the JSON error. */
function forBrowser(request: NextRequest, response: Response, error: unknown): Response {
  if (!isAppError(error) || !request.headers.get('accept')?.includes('text/html')) return response;
  return plainPage({ status: error.status, title: titles[error.status] ?? 'File not available', message: error.message, headers: error.retryAfterSeconds ? { 'Retry-After': String(error.retryAfterSeconds) } : {} });
}

/** GET /files/<id>/<name> and /files/<id>/thumbnail: the permission is checked again on every request. */
export function fileRoute(thumbnail: boolean) {
  return route<{ id: string }>({ name: thumbnail ? 'file-thumbnail' : 'file-download', auth: 'optional', rateLimit: false }, async ({ actor, params, request }) => {
    try {
      return await downloadAttachment(actor, { id: params.id, token: request.nextUrl.searchParams.get('t'), thumbnail, ifNoneMatch: request.headers.get('if-none-match'), ip: clientIp(request.headers) });
    } catch (error) {
      if (!isAppError(error)) throw error;
      return forBrowser(request, error.toResponse(), error);
    }
  });
}
