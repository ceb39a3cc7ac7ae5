import NextAuth, { CredentialsSignin } from 'next-auth';
import Credentials from 'next-auth/providers/credentials';
import { isAppError } from '@/lib/errors';
import { clientIp } from '@/lib/http/client-ip';
import { endSession, startSession } from '@/lib/sessions/sessions';
import { authenticate } from '@/lib/users/authenticate';
import { authConfig } from './config';

/** Sign-in refused because of too many attempts; carries the message that says when to retry. */
export class SignInRateLimited extends CredentialsSignin {
  code = 'rate_limited';
  constructor(readonly userMessage: string) {
    super(userMessage);
  }
}

export const { handlers, auth, signIn, signOut } = NextAuth({
  ...authConfig,
  providers: [
    Credentials({
      credentials: { email: { type: 'email' }, password: { type: 'password' } },
      async authorize(credentials, request) {
        const ip = clientIp(request.headers);
        try {
          const user = await authenticate(credentials, { ip });
          if (!user) return null;
          const sessionId = await startSession({ userId: user.id, userAgent: request.headers.get('user-agent'), ip });
          return { ...user, sessionId };
        } catch (error) {
          if (isAppError(error) && error.code === 'rate_limited') throw new SignInRateLimited(error.message);
          throw error;
        }
      },
    }),
  ],
  events: {
    // The cookie is cleared too, but a copy of it must stop working: its row is what counts.
    async signOut(message) {
      if ('token' in message) await endSession(message.token?.sid);
    },
  },
});
