'use server';

import { signOut } from '@/lib/auth/auth';
import { formAction } from '@/lib/forms/action';

// Auth.js redirects by throwing; the wrapper lets that through.
export const signOutAction = formAction(async () => {
  await signOut({ redirectTo: '/' });
});
