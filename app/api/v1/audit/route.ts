import { toAuditEntryResource } from '@/lib/api/resources/audit';
import { listAuditLog } from '@/lib/audit/list-audit';
import { route } from '@/lib/http/route';

export const dynamic = 'force-dynamic';

const filters = ['actor', 'ticket', 'kind', 'from', 'to', 'cursor'] as const;

/** The audit log, newest first, with the audit page's filters. Admins only. */
export const GET = route({ name: 'api-audit', auth: 'required' }, async ({ actor, request }) => {
  const params = request.nextUrl.searchParams;
  const input = Object.fromEntries(filters.flatMap((name) => (params.has(name) ? [[name, params.get(name)]] : [])));
  const page = await listAuditLog(actor, input, { refuseForeignCursor: true });
  return { data: page.entries.map(toAuditEntryResource), nextCursor: page.nextCursor };
});
