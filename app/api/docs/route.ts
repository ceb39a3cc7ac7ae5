import { referenceBundle } from '@/lib/api/docs/reference-bundle';
import { referencePage } from '@/lib/api/docs/reference-page';
import { contentSecurityPolicy, createNonce, nonceOf } from '@/lib/http/security-headers';
import { route } from '@/lib/http/route';

export const dynamic = 'force-dynamic';

/** The interactive reference of `/api/v1`, rendered in the browser from openapi.json. */
export const GET = route({ name: 'api-docs', auth: 'none' }, async ({ request }) => {
  // The proxy gives every request the policy its response will carry; the page's scripts need its
  // nonce. Reached without the proxy, the page brings a policy of its own.
  const given = nonceOf(request.headers.get('content-security-policy'));
  const nonce = given ?? createNonce();
  const page = referencePage({ nonce, version: (await referenceBundle()).version });
  page.headers.set('Content-Type', 'text/html; charset=utf-8');
  if (!given) page.headers.set('Content-Security-Policy', contentSecurityPolicy(nonce));
  return page;
});
