import { moveCategory } from '@/lib/categories/manage';
import { route, type RouteContext } from '@/lib/http/route';

export const dynamic = 'force-dynamic';

/** Moves a category one place up or down; `moved` is false at either end. Admins only. */
export const POST = route({ name: 'api-admin-move-category', auth: 'required', permission: 'category:manage', body: 'json' }, async ({ actor, params, body }: RouteContext<{ id: string }>) =>
  moveCategory(actor, { ...(typeof body === 'object' && body !== null ? body : {}), id: params.id }),
);
