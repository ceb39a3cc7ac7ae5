import { toCreatedTokenResource, toTokenResource } from '@/lib/api/resources/token';
import { createApiToken, listApiTokens } from '@/lib/api-tokens/manage';
import { route } from '@/lib/http/route';

export const dynamic = 'force-dynamic';

/** The signed-in user's tokens; lib/ refuses a caller using a token. */
export const GET = route({ name: 'api-list-tokens', auth: 'required' }, async ({ actor }) => ({
  data: (await listApiTokens(actor)).map(toTokenResource),
}));

/** A new token, shown in this answer only. */
export const POST = route({ name: 'api-create-token', auth: 'required', body: 'json', status: 201 }, async ({ actor, body }) =>
  toCreatedTokenResource(await createApiToken(actor, body)),
);
