import { getDb } from '@/db/client';
import { type Actor, isActiveStaff } from '@/lib/access/actor';
import { AppError } from '@/lib/errors';
import { findRequesterTicketId } from '@/lib/tickets/requester/access';
import { loadSessionActor } from '@/lib/users/actor';
import type { Audience } from './events';
import { getLiveHub } from './hub';
import { openLiveStream, parseLastEventId } from './stream';

export type LiveRequest = {
  /** The private tracking link's token, for a visitor without an account. */
  token?: string | null;
  ip?: string;
  lastEventId: string | null;
  signal: AbortSignal;
};

/** Who this stream is for, decided from the acting user or the tracking token; never wider than their pages. */
export async function liveAudience(actor: Actor, request: Pick<LiveRequest, 'token' | 'ip'>): Promise<Audience> {
  if (request.token) {
    const ticketId = await findRequesterTicketId(await getDb(), { token: request.token, ip: request.ip });
    return { kind: 'tracking', ticketId };
  }
  if (actor.kind !== 'user') throw new AppError('unauthorized', 'Please sign in to continue.');
  if (isActiveStaff(actor)) return { kind: 'staff', userId: actor.id };
  if (actor.role === 'customer') return { kind: 'customer', userId: actor.id };
  throw new AppError('forbidden', 'Live updates are for active staff and customers.');
}

/** Still the same kind of holder after a change to their account (suspended, demoted, signed out)? */
async function stillAllowed(actor: Actor, audience: Audience): Promise<boolean> {
  if (audience.kind === 'tracking' || actor.kind !== 'user') return true;
  const now = await loadSessionActor(actor.id, actor.sessionId);
  if (now.kind !== 'user') return false;
  return audience.kind === 'staff' ? isActiveStaff(now) : now.role === 'customer';
}

/** Opens the SSE stream of live updates for this caller (401/403/404/429 before it opens). */
export async function openLiveUpdates(actor: Actor, request: LiveRequest): Promise<Response> {
  const audience = await liveAudience(actor, request);
  const hub = await getLiveHub(getDb);
  return openLiveStream({
    hub,
    audience,
    lastEventId: parseLastEventId(request.lastEventId),
    signal: request.signal,
    reauthorise: () => stillAllowed(actor, audience),
  });
}
