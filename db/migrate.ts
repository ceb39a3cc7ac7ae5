import path from 'node:path';
import { advisoryLocks } from './advisory-locks';
import type { DatabaseHandle } from './client';

const migrationsFolder = path.resolve(/*turbopackIgnore: true*/ process.cwd(), 'db/migrations');

/**
 * Applies the committed migrations. On PostgreSQL an advisory lock makes instances that start
 * together take turns, so each migration runs once.
 */
export async function migrateDatabase(handle: DatabaseHandle): Promise<void> {
  if (handle.engine === 'pglite') {
    const { migrate } = await import('drizzle-orm/pglite/migrator');
    await migrate(handle.db as never, { migrationsFolder });
    return;
  }
  if (!handle.url) throw new Error('a PostgreSQL handle needs its URL to migrate');
  await migratePostgres(handle.url);
}

export async function migratePostgres(url: string): Promise<void> {
  const { default: postgres } = await import('postgres');
  const { drizzle } = await import('drizzle-orm/postgres-js');
  const { migrate } = await import('drizzle-orm/postgres-js/migrator');
  const client = postgres(url, { max: 1, onnotice: () => {} });
  try {
    await client`select pg_advisory_lock(${advisoryLocks.migration})`;
    await migrate(drizzle({ client }), { migrationsFolder });
    await client`select pg_advisory_unlock(${advisoryLocks.migration})`;
  } finally {
    await client.end({ timeout: 5 });
  }
}
