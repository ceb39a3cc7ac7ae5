import 'server-only';
import { cache } from 'react';
import { loadActor } from '@/lib/users/actor';
import type { Actor } from '@/lib/access/actor';
import { auth } from './auth';
import { noteActor } from '@/lib/log/context';

/**
 * The acting user for this request, re-read from the database (once per request): the token
 * only names who signed in, never what they may do.
 */
export const getActor = cache(async (): Promise<Actor> => {
  const session = await auth();
  const actor = await loadActor(session?.user?.id);
  if (actor.kind === 'user') noteActor(actor.id);
  return actor;
});
