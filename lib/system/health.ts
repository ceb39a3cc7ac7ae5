import 'server-only';
import { sql } from 'drizzle-orm';
import { getDb } from '@/db/client';

/** True once the database answers a trivial query. */
export async function databaseReachable(): Promise<boolean> {
  try {
    const db = await getDb();
    await db.execute(sql`select 1`);
    return true;
  } catch (error) {
    console.error('[health] database check failed', error);
    return false;
  }
}
