import { z } from 'zod';
import type { ZodOpenApiResponseObject } from 'zod-openapi';

/** Every error of the API has this shape; `fields` names the inputs that failed validation. */
export const errorBody = z
  .object({
    error: z.object({
      code: z.string().meta({ description: 'A stable, machine-readable code.', example: 'validation' }),
      message: z.string().meta({ description: 'A sentence for people.', example: 'Please correct the highlighted fields.' }),
      fields: z.record(z.string(), z.array(z.string())).meta({ description: 'Messages per input field; empty when the error is not about one.', example: { subject: ['Enter a subject.'] } }),
    }),
  })
  .meta({ id: 'Error' });

const errorDescriptions: Partial<Record<number, string>> = {
  400: 'The request is malformed (unreadable JSON, a bad cursor or parameter).',
  401: 'No credentials, or the token is not valid (mistyped, revoked, expired, or its user may no longer use the API).',
  403: 'The token lacks the scope this needs, or the caller may see this but not do that.',
  404: 'Not found, or not visible to the caller.',
  409: 'Conflicts with the current state (someone else holds the ticket, a transition is not allowed).',
  412: 'The ETag given in If-Match is stale: the resource changed since it was read.',
  413: 'The body is too large.',
  415: 'The body must be application/json.',
  422: 'Validation failed; see `fields`.',
  429: 'Too many requests; see Retry-After.',
};

/** The error answers an operation can give, by status, all with the one error body. */
export function errorResponses(...statuses: number[]): Record<string, ZodOpenApiResponseObject> {
  // Any call may meet the rate limits (429) or a fault on the server (500).
  const all = [...new Set([...statuses, 429, 500])].sort();
  return Object.fromEntries(
    all.map((status) => [
      String(status),
      { description: errorDescriptions[status] ?? 'Something went wrong on the server.', content: { 'application/json': { schema: errorBody } } },
    ]),
  );
}

export type ErrorExample = { summary: string; code: string; message: string; fields?: Record<string, string[]> };

/**
 * Adds named examples to some of `errorResponses`' answers, so a reader sees what a refusal
 * says: `withErrorExamples(errorResponses(403, 409), { 409: { taken: { summary, code, message } } })`.
 */
export function withErrorExamples(
  responses: Record<string, ZodOpenApiResponseObject>,
  examples: Partial<Record<number, Record<string, ErrorExample>>>,
): Record<string, ZodOpenApiResponseObject> {
  const out = { ...responses };
  for (const [status, named] of Object.entries(examples)) {
    const response = out[status];
    if (!response?.content || !named) throw new Error(`withErrorExamples: ${status} is not among the error answers`);
    const entries = Object.entries(named).map(([name, { summary, code, message, fields }]) => [name, { summary, value: { error: { code, message, fields: fields ?? {} } } }]);
    out[status] = { ...response, content: { 'application/json': { ...response.content['application/json'], examples: Object.fromEntries(entries) } } };
  }
  return out;
}

/** A JSON success answer. */
export function jsonResponse(description: string, schema: z.ZodType, headers?: z.ZodObject): ZodOpenApiResponseObject {
  return { description, content: { 'application/json': { schema } }, ...(headers ? { headers } : {}) };
}

/**
 * A form's query schema as the reference shows it, with an example on each field named. Only
 * the document reads it; the route validates with the schema itself.
 */
export function withExamples(schema: z.ZodObject, examples: Record<string, unknown>): z.ZodObject {
  const shape: Record<string, z.ZodType> = { ...schema.shape };
  for (const [name, example] of Object.entries(examples)) {
    const field = shape[name];
    if (!field) throw new Error(`No field ${name} to give an example to.`);
    shape[name] = field.meta({ example });
  }
  return z.object(shape);
}

export const cursorExample = 'Y3JlYXRlZHwyMDI2LTExLTI4VDAxOjI2OjA4LjIzNFp8MzBkMjJhMjA';

/** One page of a keyset-paginated list. */
export function pageOf<T extends z.ZodType>(item: T, id: string) {
  return z
    .object({
      data: z.array(item),
      nextCursor: z.string().nullable().meta({ description: 'Pass as `cursor` for the next page; null on the last page.', example: cursorExample }),
    })
    .meta({ id });
}

export const isoDateTime = z.iso.datetime({ offset: false }).meta({ description: 'ISO-8601, UTC.', example: '2026-12-03T14:05:00.000Z' });

/** Both ways in: a personal access token, or the browser session cookie. */
export const securitySchemes = {
  bearerToken: {
    type: 'http' as const,
    scheme: 'bearer',
    description: 'A personal access token (`dl_pat_…`), made at /settings/tokens or with `POST /api/v1/tokens` while signed in. Reading needs the `read` scope, anything else `write`.',
  },
  sessionCookie: {
    type: 'apiKey' as const,
    in: 'cookie' as const,
    name: 'authjs.session-token',
    description: 'The signed-in browser session (same origin only).',
  },
};

export const signedIn: Array<Record<string, string[]>> = [{ bearerToken: [] }, { sessionCookie: [] }];
/** Operations anyone may call; a token or session, when given, is used. */
export const anyone = [{}, ...signedIn];
