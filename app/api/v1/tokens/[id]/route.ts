import { revokeApiToken } from '@/lib/api-tokens/manage';
import { route, type RouteContext } from '@/lib/http/route';

export const dynamic = 'force-dynamic';

/** Revokes one of the signed-in user's tokens at once. */
export const DELETE = route({ name: 'api-revoke-token', auth: 'required' }, async ({ actor, params }: RouteContext<{ id: string }>) => {
  await revokeApiToken(actor, { id: params.id });
  return new Response(null, { status: 204 });
});
