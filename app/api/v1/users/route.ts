import { toUserResource } from '@/lib/api/resources/user';
import { route } from '@/lib/http/route';
import { listUsers } from '@/lib/users/search-users';

export const dynamic = 'force-dynamic';

const params = ['q', 'role', 'status', 'cursor', 'limit'] as const;

/** Accounts newest first, filtered by `q`, `role` and `status`, keyset-paged. Admins only. */
export const GET = route({ name: 'api-list-users', auth: 'required' }, async ({ actor, request }) => {
  const query = request.nextUrl.searchParams;
  const page = await listUsers(actor, Object.fromEntries(params.flatMap((name) => (query.has(name) ? [[name, query.get(name)]] : []))));
  return { data: page.users.map(toUserResource), nextCursor: page.nextCursor };
});
