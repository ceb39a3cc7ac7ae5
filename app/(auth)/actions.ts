'use server';

import { AuthError } from 'next-auth';
import { headers } from 'next/headers';
import { SignInRateLimited, signIn } from '@/lib/auth/auth';
import { validationError } from '@/lib/errors';
import { echoValues, errorFormState, type FormState, formDataObject } from '@/lib/forms/form-state';
import { clientIp } from '@/lib/http/client-ip';
import { safeRedirectPath } from '@/lib/http/safe-redirect';
import { registerAgent, registerCustomer } from '@/lib/users/register';
import { signInSchema } from '@/lib/users/schemas';

/** Signs in and redirects; Auth.js signals the redirect by throwing, which must pass through. */
async function signInAndRedirect(email: string, password: string, redirectTo: string, formData: FormData): Promise<FormState> {
  try {
    await signIn('credentials', { email, password, redirectTo });
  } catch (error) {
    if (error instanceof SignInRateLimited) {
      return { status: 'error', message: error.userMessage, fieldErrors: {}, values: echoValues(formData) };
    }
    if (error instanceof AuthError) {
      return {
        status: 'error',
        message: 'That email and password do not match an account.',
        fieldErrors: { password: ['Check the email and password and try again.'] },
        values: echoValues(formData),
      };
    }
    throw error;
  }
  return { status: 'idle' };
}

export async function signInAction(_state: FormState, formData: FormData): Promise<FormState> {
  const parsed = signInSchema.safeParse(formDataObject(formData));
  if (!parsed.success) return errorFormState(validationError(parsed.error), formData);
  const next = safeRedirectPath(formData.get('callbackUrl'));
  const redirectTo = next ? `/continue?next=${encodeURIComponent(next)}` : '/continue';
  return signInAndRedirect(parsed.data.email, parsed.data.password, redirectTo, formData);
}

export async function signUpAction(_state: FormState, formData: FormData): Promise<FormState> {
  const input = formDataObject(formData);
  try {
    await registerCustomer(input, { ip: clientIp(await headers()) });
  } catch (error) {
    return errorFormState(error, formData);
  }
  return signInAndRedirect(input.email ?? '', input.password ?? '', '/continue', formData);
}

export async function agentSignUpAction(_state: FormState, formData: FormData): Promise<FormState> {
  const input = formDataObject(formData);
  try {
    await registerAgent(input, { ip: clientIp(await headers()) });
  } catch (error) {
    return errorFormState(error, formData);
  }
  return signInAndRedirect(input.email ?? '', input.password ?? '', '/pending', formData);
}
