import { type NextRequest, NextResponse } from 'next/server';
import { clientIp } from '@/lib/http/client-ip';
import { malformedRequestRefusal } from '@/lib/http/malformed-request';
import { plainPage } from '@/lib/http/plain-page';
import { contentSecurityPolicy, createNonce, strictTransportSecurity } from '@/lib/http/security-headers';
import { trackingRefusal } from '@/lib/tickets/tracking';

/**
 * Whether the request carries a session cookie at all (plain or, over https, __Secure-, possibly
 * in chunks). Only its presence is looked at: decoding it here would also re-issue it on every
 * response, and a re-issued cookie racing a sign-out would sign the user back in.
 */
function hasSessionCookie(request: NextRequest): boolean {
  return request.cookies.getAll().some(({ name }) => /^(__Secure-)?authjs\.session-token(\.\d+)?$/.test(name));
}

function inArea(pathname: string, area: string): boolean {
  return pathname === area || pathname.startsWith(`${area}/`);
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
async function earlyAnswer(request: NextRequest): Promise<Response | undefined> {
  const malformed = await malformedRequestRefusal(request);
  if (malformed) return malformed;
  const { pathname } = request.nextUrl;
  if (pathname.startsWith('/t/')) return refuseTrackingGuesses(request);
  if (!signedInAreas.some((area) => inArea(pathname, area)) || hasSessionCookie(request)) return undefined;
  const url = new URL('/sign-in', request.nextUrl.origin);
  url.searchParams.set('callbackUrl', pathname + request.nextUrl.search);
  return NextResponse.redirect(url);
}

/** Every page gets its security headers here, with a nonce of its own for Next's scripts. */
export default async function proxy(request: NextRequest): Promise<Response> {
  const early = await earlyAnswer(request);
  // Downloads carry their own, stricter policy (lib/files/download.ts); a page's would replace it.
  if (!early && request.nextUrl.pathname.startsWith('/files/')) {
    const response = NextResponse.next();
    const hsts = strictTransportSecurity();
    if (hsts) response.headers.set('Strict-Transport-Security', hsts);
    return response;
  }
  const nonce = createNonce();
  const policy = contentSecurityPolicy(nonce);
  let response: Response;
  if (early) {
    response = early;
  } else {
    const requestHeaders = new Headers(request.headers);
    requestHeaders.set('content-security-policy', policy);
    response = NextResponse.next({ request: { headers: requestHeaders } });
  }
  response.headers.set('Content-Security-Policy', policy);
  const hsts = strictTransportSecurity();
  if (hsts) response.headers.set('Strict-Transport-Security', hsts);
  return response;
}

// Every request but Next's static files (they carry no page and are cached as they are): malformed
// ones are refused before any page or route sees them, and every page gets its headers. Uploads
// skip it too: Next buffers the body of every request the proxy sees, and a file must stream.
export const config = { matcher: ['/((?!_next/static|_next/image|favicon\\.ico|api/v1/files$).*)'] };
