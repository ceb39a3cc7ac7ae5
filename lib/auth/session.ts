import 'server-only';
import { cache } from 'react';
import { cookies, headers } from 'next/headers';
import { loadSessionActor } from '@/lib/users/actor';
import type { Actor } from '@/lib/access/actor';
import { noteActor } from '@/lib/log/context';
import { readSessionClaims, sessionCookieName, sessionCookieValue } from './session-token';

/**
 * The acting user for this request, re-read from the database (once per request) together with
 * the session's row: the token only names who signed in and which session, never what they may
 * do or whether the session still stands. The cookie is decoded once here, never re-issued.
 */
export const getActor = cache(async (): Promise<Actor> => {
  const [cookieStore, requestHeaders] = await Promise.all([cookies(), headers()]);
  const name = sessionCookieName(requestHeaders);
  const { userId, sessionId } = await readSessionClaims(sessionCookieValue(cookieStore.getAll(), name), name);
  const actor = await loadSessionActor(userId, sessionId);
  if (actor.kind === 'user') noteActor(actor.id);
  return actor;
});
