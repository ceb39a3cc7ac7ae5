import NextAuth from 'next-auth';
import { authConfig } from '@/lib/auth/config';

const { auth } = NextAuth(authConfig);

/**
 * An early redirect to sign-in for signed-out visitors of staff pages. It only saves a round
 * trip: every page and action checks the acting user again in lib/.
 */
export default auth((request) => {
  if (request.auth) return;
  const url = new URL('/sign-in', request.nextUrl.origin);
  url.searchParams.set('callbackUrl', request.nextUrl.pathname + request.nextUrl.search);
  return Response.redirect(url);
});

export const config = { matcher: ['/desk/:path*', '/admin/:path*'] };
