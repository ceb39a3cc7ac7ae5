'use server';

import { AuthError } from 'next-auth';
import { headers } from 'next/headers';
import { SignInRateLimited, signIn } from '@/lib/auth/auth';
import { AppError, parseInput } from '@/lib/errors';
import { formAction } from '@/lib/forms/action';
import { clientIp } from '@/lib/http/client-ip';
import { safeRedirectPath } from '@/lib/http/safe-redirect';
import { confirmSignUp, registerAgent, registerCustomer, type SignUpRequested } from '@/lib/users/register';
import { signInSchema } from '@/lib/users/schemas';

/**
 * Signs in and redirects. Auth.js signals the redirect by throwing, which passes through the
 * action wrapper; its refusals become the form's errors.
 */
async function signInAndRedirect(email: string, password: string, redirectTo: string): Promise<void> {
  try {
    await signIn('credentials', { email, password, redirectTo });
  } catch (error) {
    if (error instanceof SignInRateLimited) throw new AppError('rate_limited', error.userMessage);
    if (error instanceof AuthError) {
      throw new AppError('unauthorized', 'That email and password do not match an account.', {
        fields: { password: ['Check the email and password and try again.'] },
      });
    }
    throw error;
  }
}

export const signInAction = formAction(async ({ input, formData }) => {
  const { email, password } = parseInput(signInSchema, input);
  const next = safeRedirectPath(formData.get('callbackUrl'));
  await signInAndRedirect(email, password, next ? `/continue?next=${encodeURIComponent(next)}` : '/continue');
});

// Both sign-ups answer with the same page whether or not the email has an account
// (lib/users/register.ts); a helpdesk that sends no mail leads straight to the confirmation.
const afterSignUp = (as: string) => ({ confirmToken }: SignUpRequested) =>
  confirmToken ? `/sign-up/confirm/${confirmToken}` : `/sign-up/check-email${as}`;

export const signUpAction = formAction(async ({ input }) => registerCustomer(input, { ip: clientIp(await headers()) }), {
  redirect: afterSignUp(''),
});

export const agentSignUpAction = formAction(async ({ input }) => registerAgent(input, { ip: clientIp(await headers()) }), {
  redirect: afterSignUp('?as=agent'),
});

export const confirmSignUpAction = formAction(async ({ input }) => confirmSignUp(input.token ?? ''), {
  redirect: ({ role }) => `/sign-in?created=${role}`,
});
