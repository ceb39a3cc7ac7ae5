import { z } from 'zod';
import { apiTokenScopes } from '@/db/schema/api';
import type { ApiTokenView, CreatedApiToken } from '@/lib/api-tokens/manage';
import { isoDateTime } from '../openapi/common';

export const tokenIdParam = z.uuid().meta({ description: 'The token’s id (not the token itself).', example: '0b6f4c1e-3f51-4d1e-9b8e-5d1c2a7e9f10' });

export const tokenResource = z
  .object({
    id: z.uuid().meta({ example: '0b6f4c1e-3f51-4d1e-9b8e-5d1c2a7e9f10' }),
    name: z.string().meta({ example: 'CI script' }),
    prefix: z.string().meta({ description: 'The token’s first characters, to tell tokens apart.', example: 'dl_pat_Ab3x' }),
    scopes: z.array(z.enum(apiTokenScopes)).meta({ example: ['read'] }),
    createdAt: isoDateTime,
    expiresAt: isoDateTime.nullable().meta({ description: 'Null when it never expires.' }),
    lastUsedAt: isoDateTime.nullable().meta({ description: 'Updated at most once a minute.' }),
    revokedAt: isoDateTime.nullable(),
  })
  .meta({ id: 'ApiToken' });

export const createdTokenResource = tokenResource
  .omit({ lastUsedAt: true, revokedAt: true })
  .extend({ token: z.string().meta({ description: 'The token itself: shown this once, never again.', example: 'dl_pat_Ab3x…' }) })
  .meta({ id: 'CreatedApiToken' });

const iso = (date: Date | null) => date?.toISOString() ?? null;

export function toTokenResource(token: ApiTokenView): z.infer<typeof tokenResource> {
  return {
    id: token.id,
    name: token.name,
    prefix: token.prefix,
    scopes: token.scopes,
    createdAt: token.createdAt.toISOString(),
    expiresAt: iso(token.expiresAt),
    lastUsedAt: iso(token.lastUsedAt),
    revokedAt: iso(token.revokedAt),
  };
}

export function toCreatedTokenResource(token: CreatedApiToken): z.infer<typeof createdTokenResource> {
  return { id: token.id, name: token.name, prefix: token.prefix, scopes: token.scopes, token: token.token, createdAt: token.createdAt.toISOString(), expiresAt: iso(token.expiresAt) };
}
