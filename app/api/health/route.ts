import { sql } from 'drizzle-orm';
import { getDb } from '@/db/client';

export const dynamic = 'force-dynamic';

/** Readiness: answers 200 once the database answers. */
export async function GET() {
  try {
    const db = await getDb();
    await db.execute(sql`select 1`);
    return Response.json({ status: 'ok' });
  } catch (error) {
    console.error('[health] database check failed', error);
    return Response.json({ status: 'unavailable' }, { status: 503 });
  }
}
