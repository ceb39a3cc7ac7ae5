import 'server-only';
import { randomUUID } from 'node:crypto';
import type { NextRequest } from 'next/server';
import { type Actor, anonymous } from '@/lib/access/actor';
import { assertCan, type Permission } from '@/lib/access/permissions';
import { actorFromToken, scopeFor } from '@/lib/api-tokens/authenticate';
import { countApiCall, limitStateOf, setRateLimitHeaders } from './api-rate-limit';
import { clientIp } from './client-ip';
import type { LimitState } from '@/lib/rate-limit/limiter';
import { AppError, isAppError } from '@/lib/errors';
import { readJson } from './read-json';
import { readText } from './read-text';
import { logger } from '@/lib/log/logger';

/**
 * Who may call: `none` reads no credentials at all (health), `optional` lets anonymous callers
 * through for the domain to decide, `required` answers 401 to them before the handler runs.
 */
export type RouteAuth = 'none' | 'optional' | 'required';

export type RouteOptions = {
  /** Names the route in the log of unexpected errors. */
  name: string;
  auth: RouteAuth;
  /**
   * `json`: the body is read with readJson (415, 413, 400 when it is not usable JSON); `text`: the
   * raw body as a string (413 when too large), for a webhook whose signature covers its bytes.
   */
  body?: 'json' | 'text';
  /** The status of a successful JSON answer; 200 unless set. */
  status?: number;
  /** Count calls against the API rate limits (per token, else per address); default: routes under /api/v1/. */
  rateLimit?: boolean;
  /**
   * Checked as soon as the caller is known, before the body is read: whoever may not call the
   * route gets the same refusal whatever they send, never a 400 or 422 that tells them more.
   * The domain function checks it again; this only settles the order.
   */
  permission?: Permission;
  /** Rewrites an expected error before it is answered: renamed fields, a refusal shown as 404. */
  mapError?: (error: AppError) => AppError;
};

export type RouteContext<P> = {
  request: NextRequest;
  actor: Actor;
  params: P;
  /** The parsed JSON body when `body: 'json'`, the raw string when `body: 'text'`, otherwise undefined. */
  body: unknown;
};

/**
 * One route handler: authenticate, read the body, act (a call into lib/), answer. A handler returns the
 * JSON body, or a Response of its own (a download). Every answer carries Cache-Control: no-store;
 * an AppError is answered as `{ error: { code, message, fields } }` with its status, anything else
 * is logged once with a reference and answered 500 quoting it.
 *
 * @example
 * export const GET = route({ name: 'api-read-ticket', auth: 'optional' }, async ({ actor, params }: RouteContext<{ number: string }>) =>
 *   ({ ticket: await getTicket(actor, { number: params.number }) }));
 */
export function route<P extends Record<string, string | string[]> = Record<string, never>>(
  options: RouteOptions,
  handler: (context: RouteContext<P>) => Promise<unknown>,
): (request: NextRequest, context: { params: Promise<P> }) => Promise<Response> {
  return async (request, context) => {
    let response: Response;
    let limit: LimitState | undefined;
    const limited = options.rateLimit ?? request.nextUrl.pathname.startsWith('/api/v1/');
    try {
      const params = await context.params;
      let actor: Actor;
      try {
        actor = await authenticate(request, options.auth);
      } catch (error) {
        if (limited) limit = await countApiCall(request, undefined);
        throw error;
      }
      if (limited) limit = await countApiCall(request, actor);
      if (options.permission) assertCan(actor, options.permission);
      const body = options.body === 'json' ? await readJson(request) : options.body === 'text' ? await readText(request) : undefined;
      const result = await handler({ request, actor, params, body });
      response = result instanceof Response ? result : Response.json(result, { status: options.status ?? 200 });
    } catch (error) {
      limit = limitStateOf(error) ?? limit;
      response = errorResponse(isAppError(error) && options.mapError ? options.mapError(error) : error, options.name);
    }
    if (limit) setRateLimitHeaders(response.headers, limit);
    if (!response.headers.has('Cache-Control')) response.headers.set('Cache-Control', 'no-store');
    // RFC 6750: a 401 names the scheme that would be accepted.
    if (response.status === 401 && !response.headers.has('WWW-Authenticate')) response.headers.set('WWW-Authenticate', 'Bearer realm="Deskline API"');
    return response;
  };
}

/**
 * The caller's identity: a bearer token when the request carries one (and then only it, never
 * the cookie beside it), otherwise the session cookie. A token's scopes must cover the method.
 */
async function authenticate(request: NextRequest, auth: RouteAuth): Promise<Actor> {
  if (auth === 'none') return anonymous;
  const authorization = request.headers.get('authorization');
  if (authorization !== null) {
    const [scheme, token, ...rest] = authorization.trim().split(/\s+/);
    if (scheme?.toLowerCase() !== 'bearer' || !token || rest.length > 0) {
      throw new AppError('unauthorized', 'Send the API token as "Authorization: Bearer <token>".');
    }
    const actor = await actorFromToken(token, clientIp(request.headers));
    const needed = scopeFor(request.method);
    if (!actor.scopes.includes(needed)) throw new AppError('forbidden', `This token may not ${needed === 'read' ? 'read' : 'make changes'}: it lacks the "${needed}" scope.`);
    const { scopes: _scopes, ...user } = actor;
    return user;
  }
  // Loaded only for cookie callers, so token callers (and their tests) never touch Auth.js.
  const { getActor } = await import('@/lib/auth/session');
  const actor = await getActor();
  if (auth === 'required' && actor.kind === 'anonymous') throw new AppError('unauthorized', 'Please sign in to continue.');
  return actor;
}

function errorResponse(error: unknown, name: string): Response {
  if (isAppError(error)) return error.toResponse();
  const reference = randomUUID().slice(0, 8);
  logger().error({ err: error, route: name, reference }, 'unexpected error in a route');
  return new AppError('internal', `Something went wrong on our side (reference ${reference}).`).toResponse();
}
