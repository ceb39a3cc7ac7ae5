import type { NextAuthConfig } from 'next-auth';

/**
 * The part of the Auth.js setup that needs no database, shared by the proxy and the server.
 * Sessions are JWTs that carry only the user id; role and status are read from the database
 * on each request that needs them.
 */
export const authConfig = {
  pages: { signIn: '/sign-in' },
  session: { strategy: 'jwt', maxAge: 60 * 60 * 24 * 14 },
  trustHost: true,
  providers: [],
  callbacks: {
    session({ session, token }) {
      if (token.sub) session.user.id = token.sub;
      return session;
    },
  },
} satisfies NextAuthConfig;
