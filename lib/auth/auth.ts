import NextAuth, { CredentialsSignin } from 'next-auth';
import Credentials from 'next-auth/providers/credentials';
import { isAppError } from '@/lib/errors';
import { clientIp } from '@/lib/http/client-ip';
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
        try {
          return await authenticate(credentials, { ip: clientIp(request.headers) });
        } catch (error) {
          if (isAppError(error) && error.code === 'rate_limited') throw new SignInRateLimited(error.message);
          throw error;
        }
      },
    }),
  ],
});
