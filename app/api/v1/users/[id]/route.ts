import { toUserOverviewResource } from '@/lib/api/resources/user';
import { route, type RouteContext } from '@/lib/http/route';
import { getUserOverview } from '@/lib/users/search-users';

export const dynamic = 'force-dynamic';

/** One account with its tickets, as the admin users page shows it. Admins only. */
export const GET = route({ name: 'api-read-user', auth: 'required' }, async ({ actor, params }: RouteContext<{ id: string }>) => ({
  user: toUserOverviewResource(await getUserOverview(actor, { userId: params.id })),
}));
