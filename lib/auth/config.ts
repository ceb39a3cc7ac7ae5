import type { NextAuthConfig } from 'next-auth';
import { SESSION_MAX_AGE_SECONDS } from '@/lib/sessions/max-age';

/**
 * The part of the Auth.js setup that needs no database, shared by the proxy and the server.
 * Sessions are JWTs that carry only the user id and the id of the session's row; role, status and
 * whether the session still stands are read from the database on each request that needs them.
 */
export const authConfig = {
  pages: { signIn: '/sign-in' },
  session: { strategy: 'jwt', maxAge: SESSION_MAX_AGE_SECONDS },
  trustHost: true,
  providers: [],
  callbacks: {
    jwt({ token, user }) {
      if (user?.sessionId) token.sid = user.sessionId;
      return token;
    },
    session({ session, token }) {
      if (token.sub) session.user.id = token.sub;
      session.sessionId = token.sid;
      return session;
    },
  },
} satisfies NextAuthConfig;
