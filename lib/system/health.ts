import 'server-only';
import { sql } from 'drizzle-orm';
import { getDb } from '@/db/client';
import { logger } from '@/lib/log/logger';

export type Health = { status: 'ok' } | { status: 'unavailable' };

/** Readiness: ok once the database answers a query; a failure is logged and reported, not thrown. */
export async function checkHealth(): Promise<Health> {
  try {
    const db = await getDb();
    await db.execute(sql`select 1`);
    return { status: 'ok' };
  } catch (error) {
    logger().error({ err: error }, 'health: database check failed');
    return { status: 'unavailable' };
  }
}
