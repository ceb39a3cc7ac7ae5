import { toAuditEntryResource } from '@/lib/api/resources/audit';
import { listAuditLog } from '@/lib/audit/list-audit';
import { instantCursor } from '@/lib/cursor';
import { AppError } from '@/lib/errors';
import { route } from '@/lib/http/route';

export const dynamic = 'force-dynamic';

const filters = ['actor', 'ticket', 'kind', 'from', 'to'] as const;

/** The audit log, newest first, with the audit page's filters. Admins only. */
export const GET = route({ name: 'api-audit', auth: 'required' }, async ({ actor, request }) => {
  const params = request.nextUrl.searchParams;
  const cursor = params.get('cursor') ?? undefined;
  // The page reads a foreign cursor as "from the top"; an API client is told instead.
  if (cursor !== undefined && instantCursor.decode(cursor) === null) throw new AppError('bad_request', 'The cursor is not one this API issued.', { fields: { cursor: ['Pass the nextCursor of a previous page.'] } });
  const input = Object.fromEntries(filters.flatMap((name) => (params.has(name) ? [[name, params.get(name)]] : [])));
  const page = await listAuditLog(actor, { ...input, cursor });
  return { data: page.entries.map(toAuditEntryResource), nextCursor: page.nextCursor };
});
