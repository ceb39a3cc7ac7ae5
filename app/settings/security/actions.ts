'use server';

import { formAction } from '@/lib/forms/action';
import { revokeOtherSessions, revokeOwnSession } from '@/lib/sessions/sessions';
import { changePassword } from '@/lib/users/change-password';

export const changePasswordAction = formAction(async ({ actor, input }) => changePassword(actor, input), {
  revalidate: '/settings/security',
  redirect: '/settings/security?done=password',
});

export const endSessionAction = formAction(async ({ actor, input }) => revokeOwnSession(actor, input), {
  revalidate: '/settings/security',
  redirect: '/settings/security?done=session',
});

export const endOtherSessionsAction = formAction(async ({ actor }) => revokeOtherSessions(actor), {
  revalidate: '/settings/security',
  redirect: '/settings/security?done=others',
});
