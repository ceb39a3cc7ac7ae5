'use server';

import { headers } from 'next/headers';
import { formAction } from '@/lib/forms/action';
import { clientIp } from '@/lib/http/client-ip';
import { requestPasswordReset, resetPassword } from '@/lib/users/password-reset';

export const forgotPasswordAction = formAction(async ({ input }) => requestPasswordReset(input, { ip: clientIp(await headers()) }), {
  redirect: '/forgot-password?sent=1',
});

export const resetPasswordAction = formAction(async ({ input }) => resetPassword(input), {
  redirect: '/sign-in?reset=1',
});
