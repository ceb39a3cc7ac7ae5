import { moveFaqArticle } from '@/lib/faq/manage';
import { route, type RouteContext } from '@/lib/http/route';

export const dynamic = 'force-dynamic';

/** Moves an article one place up or down within its category; `moved` is false at either end. */
export const POST = route({ name: 'api-admin-move-faq', auth: 'required', permission: 'faq:manage', body: 'json' }, async ({ actor, params, body }: RouteContext<{ id: string }>) =>
  moveFaqArticle(actor, { ...(typeof body === 'object' && body !== null ? body : {}), id: params.id }),
);
