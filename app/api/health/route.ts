import { databaseReachable } from '@/lib/system/health';

export const dynamic = 'force-dynamic';

/** Readiness: answers 200 once the database answers. */
export async function GET() {
  if (await databaseReachable()) return Response.json({ status: 'ok' });
  return Response.json({ status: 'unavailable' }, { status: 503 });
}
