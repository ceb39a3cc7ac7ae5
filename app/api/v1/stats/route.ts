import { toStatsResource } from '@/lib/api/resources/stats';
import { route } from '@/lib/http/route';
import { getCurrentStats } from '@/lib/stats/current';
import { getRangeStats } from '@/lib/stats/range';

export const dynamic = 'force-dynamic';

/** The statistics page's figures: the desk now, and the last `days` (7, 30 or 90; otherwise 30). Admins only. */
export const GET = route({ name: 'api-stats', auth: 'required' }, async ({ actor, request }) => {
  const [current, range] = await Promise.all([getCurrentStats(actor), getRangeStats(actor, { days: request.nextUrl.searchParams.get('days') ?? undefined })]);
  return toStatsResource(current, range);
});
