import { route } from '@/lib/http/route';
import { checkHealth } from '@/lib/system/health';

export const dynamic = 'force-dynamic';

/** Readiness: answers 200 once the database answers, 503 until then. */
export const GET = route({ name: 'health', auth: 'none' }, async () => {
  const health = await checkHealth();
  return Response.json(health, { status: health.status === 'ok' ? 200 : 503 });
});
