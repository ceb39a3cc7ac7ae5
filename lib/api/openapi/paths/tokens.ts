import { z } from 'zod';
import type { ZodOpenApiPathsObject } from 'zod-openapi';
import { createTokenSchema } from '@/lib/api-tokens/schemas';
import { createdTokenResource, tokenIdParam, tokenResource } from '../../resources/token';
import { errorResponses, jsonResponse } from '../common';

// Managed with the browser session only: a token that could mint tokens would outlive its own revocation.
const sessionOnly = [{ sessionCookie: [] }];
const sessionNote = ' Session only: called with a token it answers 403.';

export const tokenPaths: ZodOpenApiPathsObject = {
  '/api/v1/tokens': {
    get: {
      operationId: 'listTokens',
      tags: ['Tokens'],
      summary: 'List your tokens',
      description: `Your personal access tokens, newest first, revoked and expired ones included; never the tokens themselves.${sessionNote}`,
      security: sessionOnly,
      responses: { '200': jsonResponse('Your tokens.', z.object({ data: z.array(tokenResource) })), ...errorResponses(401, 403, 429) },
    },
    post: {
      operationId: 'createToken',
      tags: ['Tokens'],
      summary: 'Create a token',
      description: `A new token acting as you, with the scopes given (\`["read"]\` or \`["read","write"]\`) and an optional expiry in days. The answer carries the token this one time.${sessionNote}`,
      security: sessionOnly,
      requestBody: { required: true, content: { 'application/json': { schema: createTokenSchema.meta({ example: { name: 'CI script', scopes: ['read', 'write'], expiresInDays: 30 } }) } } },
      responses: { '201': jsonResponse('The token, shown this once.', createdTokenResource), ...errorResponses(400, 401, 403, 409, 413, 415, 422, 429) },
    },
  },
  '/api/v1/tokens/{id}': {
    delete: {
      operationId: 'revokeToken',
      tags: ['Tokens'],
      summary: 'Revoke a token',
      description: `Revokes one of your tokens; its next request answers 401. Revoking a revoked token again is harmless.${sessionNote}`,
      security: sessionOnly,
      requestParams: { path: z.object({ id: tokenIdParam }) },
      responses: { '204': { description: 'Revoked.' }, ...errorResponses(401, 403, 404, 422, 429) },
    },
  },
};
