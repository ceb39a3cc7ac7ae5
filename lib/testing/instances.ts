import { afterAll, beforeAll } from 'vitest';
import { currentHandle, type DatabaseHandle, openDatabase } from '@/db/client';

/** True when the tests run on a PostgreSQL server, which several app instances can share. */
export const onPostgres = Boolean(process.env.DATABASE_URL);

/**
 * Pools of `count` more app instances on the test's PostgreSQL database, each with its own pool,
 * opened before the file's tests and closed after. Empty on PGlite, which serves one process only.
 */
export function otherInstances(count = 2): DatabaseHandle[] {
  const handles: DatabaseHandle[] = [];
  beforeAll(async () => {
    if (!onPostgres) return;
    const url = currentHandle()?.url;
    if (!url) throw new Error('the test database has no URL');
    for (let i = 0; i < count; i += 1) handles.push(await openDatabase({ url }));
  });
  afterAll(async () => {
    await Promise.all(handles.map((handle) => handle.close()));
  });
  return handles;
}
