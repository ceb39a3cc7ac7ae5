import 'server-only';
import { cache } from 'react';
import { loadActor } from '@/lib/users/actor';
import type { Actor } from '@/lib/access/actor';
import { auth } from './auth';

/**
 * The acting user for this request, re-read from the database (once per request): the token
 * only names who signed in, never what they may do.
 */
export const getActor = cache(async (): Promise<Actor> => {
  const session = await auth();
  return loadActor(session?.user?.id);
});
