import type { NextRequest } from 'next/server';
import type { Actor } from '@/lib/access/actor';
import { consumeWithState, type LimitState } from '@/lib/rate-limit/limiter';
import { apiPerIp, apiPerToken } from '@/lib/rate-limit/rules';
import { clientIp } from './client-ip';

/**
 * Counts one API call: against its token when it came with a valid one, otherwise against its
 * address (visitors, browser sessions, and failed token attempts, so guessing tokens is slow).
 */
export function countApiCall(request: NextRequest, actor: Actor | undefined): Promise<LimitState> {
  if (actor?.kind === 'user' && actor.tokenId) return consumeWithState(apiPerToken(), actor.tokenId);
  return consumeWithState(apiPerIp(), clientIp(request.headers));
}

/** The IETF RateLimit header fields (draft-ietf-httpapi-ratelimit-headers), in their separate-field form. */
export function setRateLimitHeaders(headers: Headers, state: LimitState): void {
  headers.set('RateLimit-Limit', String(state.limit));
  headers.set('RateLimit-Remaining', String(Math.max(0, state.remaining)));
  headers.set('RateLimit-Reset', String(state.resetSeconds));
}

export function limitStateOf(error: unknown): LimitState | undefined {
  return typeof error === 'object' && error !== null && 'limitState' in error ? (error as { limitState: LimitState }).limitState : undefined;
}
