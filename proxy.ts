import type { NextRequest } from 'next/server';
import { clientIp } from '@/lib/http/client-ip';
import { malformedRequestRefusal } from '@/lib/http/malformed-request';
import { plainPage } from '@/lib/http/plain-page';
import { trackingRefusal } from '@/lib/tickets/tracking';

/**
 * Whether the request carries a session cookie at all (plain or, over https, __Secure-, possibly
 * in chunks). Only its presence is looked at: decoding it here would also re-issue it on every
 * response, and a re-issued cookie racing a sign-out would sign the user back in.
 */
function hasSessionCookie(request: NextRequest): boolean {
  return request.cookies.getAll().some(({ name }) => /^(__Secure-)?authjs\.session-token(\.\d+)?$/.test(name));
}

/**
 * A page cannot answer with status 429 itself, so an address that has tried too many tracking
 * links that lead nowhere is answered here. The page and lib/ refuse it too; this only gives
 * the refusal its status. Form posts go through, to be refused by their action.
 */
async function refuseTrackingGuesses(request: NextRequest): Promise<Response | undefined> {
  if (request.method !== 'GET' && request.method !== 'HEAD') return undefined;
  const refusal = await trackingRefusal(clientIp(request.headers));
  if (!refusal) return undefined;
  return plainPage({
    status: 429,
    title: 'Too many attempts',
    message: refusal.message,
    headers: { 'Retry-After': String(refusal.retryAfterSeconds) },
  });
}

const signedInAreas = ['/desk', '/admin', '/portal', '/settings', '/notifications'];

/**
 * Malformed requests are refused everywhere; then signed-out visitors of staff and customer pages
 * are redirected to sign-in early. That only saves a round trip: every page and action checks
 * the acting user again in lib/.
 */
export default async function proxy(request: NextRequest): Promise<Response | undefined> {
  const malformed = await malformedRequestRefusal(request);
  if (malformed) return malformed;
  const { pathname } = request.nextUrl;
  if (pathname.startsWith('/t/')) return refuseTrackingGuesses(request);
  if (!signedInAreas.some((area) => pathname === area || pathname.startsWith(`${area}/`))) return undefined;
  if (hasSessionCookie(request)) return undefined;
  const url = new URL('/sign-in', request.nextUrl.origin);
  url.searchParams.set('callbackUrl', request.nextUrl.pathname + request.nextUrl.search);
  return Response.redirect(url);
}

// Every request but Next's static files: malformed ones are refused before any page or route sees them.
export const config = { matcher: ['/((?!_next/static|_next/image|favicon\\.ico).*)'] };
