import { AppError } from '@/lib/errors';
import { env } from '@/lib/env';
import { plainPage } from './plain-page';

/** A form's files and its fields: what next.config.ts sets serverActions.bodySizeLimit to. */
export function formBodyLimitBytes(): number {
  return (env.FILES_MAX_MESSAGE_MB + 5) * 1024 * 1024;
}

type Refusal = { status: 400 | 413; title: string; message: string };

function refusalResponse(pathname: string, refusal: Refusal): Response {
  if (pathname.startsWith('/api/')) {
    const code = refusal.status === 413 ? 'payload_too_large' : 'bad_request';
    const response = new AppError(code, refusal.message).toResponse();
    response.headers.set('Cache-Control', 'no-store');
    return response;
  }
  return plainPage(refusal);
}

function isDecodable(path: string): boolean {
  try {
    decodeURIComponent(path);
    return true;
  } catch {
    return false;
  }
}

/**
 * What Next itself would answer with a 500 before any of our code runs: a path that is not
 * percent-encoded UTF-8 (`/t/%ff`), a body over the server action limit, a multipart body that
 * cannot be parsed. A NUL byte anywhere in the address is refused here too, the one place every
 * page, export and API query passes through: PostgreSQL cannot store it.
 */
export async function malformedRequestRefusal(request: Request): Promise<Response | undefined> {
  const url = new URL(request.url);
  const refuse = (refusal: Refusal) => refusalResponse(url.pathname, refusal);
  if (!isDecodable(url.pathname) || /%00/i.test(url.pathname + url.search)) {
    return refuse({ status: 400, title: 'Bad address', message: 'This address is not valid. Check the link and try again.' });
  }
  if (request.method !== 'POST' || url.pathname.startsWith('/api/')) return undefined;
  // Route handlers read their bodies with their own limits (readJson, readText); pages take forms.
  if (Number(request.headers.get('content-length') ?? 0) > formBodyLimitBytes()) {
    return refuse({ status: 413, title: 'Too much to send', message: `The form is larger than ${formBodyLimitBytes() / (1024 * 1024)} MB. Send fewer or smaller files and try again.` });
  }
  if (request.headers.get('content-type')?.toLowerCase().startsWith('multipart/form-data') && request.body) {
    const readable = await request.clone().formData().then(
      () => true,
      () => false,
    );
    if (!readable) return refuse({ status: 400, title: 'Form not readable', message: 'The form could not be read. Reload the page and try again.' });
  }
  return undefined;
}
