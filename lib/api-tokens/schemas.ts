import { z } from 'zod';
import { apiTokenScopes } from '@/db/schema/api';

export const TOKEN_NAME_MAX = 100;
export const TOKEN_MAX_DAYS = 366;
/** Tokens one person may hold at once, revoked and expired ones not counted. */
export const TOKENS_PER_USER = 25;

export const tokenScopesSchema = z
  .array(z.enum(apiTokenScopes, { error: 'Scopes are "read" and "write".' }))
  .min(1, { error: 'Choose at least one scope.' })
  .refine((scopes) => !scopes.includes('write') || scopes.includes('read'), { error: 'A token that writes must also read: ["read","write"].' })
  .transform((scopes) => [...new Set(scopes)].sort());

export const createTokenSchema = z.object({
  name: z
    .string({ error: 'Give the token a name.' })
    .trim()
    .min(1, { error: 'Give the token a name.' })
    .max(TOKEN_NAME_MAX, { error: `Keep the name under ${TOKEN_NAME_MAX} characters.` }),
  scopes: tokenScopesSchema,
  expiresInDays: z
    .number({ error: 'Days until it expires, as a whole number.' })
    .int({ error: 'Days until it expires, as a whole number.' })
    .min(1, { error: 'At least 1 day.' })
    .max(TOKEN_MAX_DAYS, { error: `At most ${TOKEN_MAX_DAYS} days.` })
    .nullish(),
});
export type CreateTokenInput = z.input<typeof createTokenSchema>;

export const tokenIdSchema = z.object({ id: z.uuid({ error: 'Unknown token.' }) });
