'use server';

import { createApiToken, revokeApiToken } from '@/lib/api-tokens/manage';
import { createTokenFormSchema } from '@/lib/api-tokens/schemas';
import { parseInput } from '@/lib/errors';
import { formAction } from '@/lib/forms/action';

/** Answers the new token to the form, the one time it is shown; no redirect, so it stays out of any address. */
export const createTokenAction = formAction(
  async ({ actor, input }) => {
    const created = await createApiToken(actor, parseInput(createTokenFormSchema, input));
    return { name: created.name, token: created.token, expiresAt: created.expiresAt?.toISOString() ?? null };
  },
  { revalidate: '/settings/tokens' },
);

export const revokeTokenAction = formAction(async ({ actor, input }) => revokeApiToken(actor, { id: input.id }), {
  revalidate: '/settings/tokens',
  redirect: '/settings/tokens?done=revoked',
});
