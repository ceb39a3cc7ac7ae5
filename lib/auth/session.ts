import 'server-only';
import { cache } from 'react';
import { loadSessionActor } from '@/lib/users/actor';
import type { Actor } from '@/lib/access/actor';
import { auth } from './auth';
import { noteActor } from '@/lib/log/context';

/**
 * The acting user for this request, re-read from the database (once per request) together with
 * the session's row: the token only names who signed in and which session, never what they may
 * do or whether the session still stands.
 */
export const getActor = cache(async (): Promise<Actor> => {
  const session = await auth();
  const actor = await loadSessionActor(session?.user?.id, session?.sessionId);
  if (actor.kind === 'user') noteActor(actor.id);
  return actor;
});
