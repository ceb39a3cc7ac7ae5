import { z } from 'zod';
import { type ApiTokenScope, apiTokenScopes } from '@/db/schema/api';

export const TOKEN_NAME_MAX = 100;
export const TOKEN_MAX_DAYS = 366;
/** Tokens one person may hold at once, revoked and expired ones not counted. */
export const TOKENS_PER_USER = 25;

export const tokenScopesSchema = z
  .array(z.enum(apiTokenScopes, { error: 'Scopes are "read" and "write".' }))
  .min(1, { error: 'Choose at least one scope.' })
  .refine((scopes) => !scopes.includes('write') || scopes.includes('read'), { error: 'A token that writes must also read: ["read","write"].' })
  .transform((scopes) => [...new Set(scopes)].sort());

const tokenNameSchema = z
  .string({ error: 'Give the token a name.' })
  .trim()
  .min(1, { error: 'Give the token a name.' })
  .max(TOKEN_NAME_MAX, { error: `Keep the name under ${TOKEN_NAME_MAX} characters.` });

export const createTokenSchema = z.object({
  name: tokenNameSchema,
  scopes: tokenScopesSchema,
  expiresInDays: z
    .number({ error: 'Days until it expires, as a whole number.' })
    .int({ error: 'Days until it expires, as a whole number.' })
    .min(1, { error: 'At least 1 day.' })
    .max(TOKEN_MAX_DAYS, { error: `At most ${TOKEN_MAX_DAYS} days.` })
    .nullish(),
});
export type CreateTokenInput = z.input<typeof createTokenSchema>;

/** The settings form's choices, each a form value, named as the fields they fill. */
export const tokenAccessChoices = [
  { value: 'read', label: 'Read only', hint: 'Lists and reads what you may see; any change is refused.' },
  { value: 'read,write', label: 'Read and write', hint: 'Also makes changes as you, as far as your role allows.' },
] as const;
export const tokenExpiryChoices = [
  { value: '30', label: '30 days' },
  { value: '90', label: '90 days' },
  { value: '365', label: '365 days' },
  { value: 'never', label: 'Never' },
] as const;

type ChoiceValue<T extends readonly { value: string }[]> = T[number]['value'];
const choiceValues = <T extends readonly { value: string }[]>(choices: T) => choices.map((c) => c.value) as [ChoiceValue<T>, ...ChoiceValue<T>[]];

/**
 * The settings form, whose fields are text: it yields exactly what createTokenSchema takes, so
 * the page and `POST /api/v1/tokens` make tokens by the same rules.
 */
export const createTokenFormSchema = z.object({
  name: tokenNameSchema,
  scopes: z.enum(choiceValues(tokenAccessChoices), { error: 'Choose what the token may do.' }).transform((value) => value.split(',') as ApiTokenScope[]),
  expiresInDays: z
    .enum(choiceValues(tokenExpiryChoices), { error: 'Choose when the token expires.' })
    .transform((value) => (value === 'never' ? null : Number(value))),
});
export type CreateTokenFormInput = z.input<typeof createTokenFormSchema>;

export const tokenIdSchema = z.object({ id: z.uuid({ error: 'Unknown token.' }) });
