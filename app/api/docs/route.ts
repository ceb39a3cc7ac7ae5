import { referenceBundle } from '@/lib/api/docs/reference-bundle';
import { referencePage } from '@/lib/api/docs/reference-page';
import { AppError } from '@/lib/errors';
import { nonceOf } from '@/lib/http/security-headers';
import { route } from '@/lib/http/route';

export const dynamic = 'force-dynamic';

/** The interactive reference of `/api/v1`, rendered in the browser from openapi.json. */
export const GET = route({ name: 'api-docs', auth: 'none' }, async ({ request }) => {
  // The proxy gives every request the policy its response will carry; the page's scripts need its nonce.
  const nonce = nonceOf(request.headers.get('content-security-policy'));
  if (!nonce) throw new AppError('internal', 'The page has no script nonce to run under.');
  const page = referencePage({ nonce, version: (await referenceBundle()).version });
  page.headers.set('Content-Type', 'text/html; charset=utf-8');
  return page;
});
