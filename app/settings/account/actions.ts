'use server';

import { deleteOwnAccount } from '@/lib/account/delete-account';
import { updateProfile } from '@/lib/account/profile';
import { signOut } from '@/lib/auth/auth';
import { formAction } from '@/lib/forms/action';

export const profileAction = formAction(async ({ actor, input }) => updateProfile(actor, { name: input.name }), {
  // The header shows the name on every page.
  revalidate: { layout: '/' },
  redirect: '/settings/account?saved=1',
});

export const deleteAccountAction = formAction(async ({ actor, input }) => {
  await deleteOwnAccount(actor, { confirmEmail: input.confirmEmail });
  // The account is gone; clearing the cookie too, and Auth.js redirects by throwing.
  await signOut({ redirectTo: '/account-deleted' });
});
