import { randomBytes } from 'node:crypto';
import { type DatabaseHandle, openDatabase } from './client';
import { migrateDatabase } from './migrate';

/**
 * A fresh, migrated database for one test file: PGlite in memory, or, given a PostgreSQL server,
 * a new database on it that is dropped again on close.
 */
export async function openTestDatabase(serverUrl?: string): Promise<DatabaseHandle> {
  if (!serverUrl) {
    const handle = await openDatabase({ url: null, dir: null });
    await migrateDatabase(handle);
    return handle;
  }
  const { default: postgres } = await import('postgres');
  const name = `deskline_test_${randomBytes(6).toString('hex')}`;
  const admin = postgres(serverUrl, { max: 1, onnotice: () => {} });
  await admin.unsafe(`create database "${name}"`);
  const url = new URL(serverUrl);
  url.pathname = `/${name}`;
  const handle = await openDatabase({ url: url.toString() });
  await migrateDatabase(handle);
  return {
    ...handle,
    close: async () => {
      await handle.close();
      await admin.unsafe(`drop database if exists "${name}" with (force)`);
      await admin.end({ timeout: 5 });
    },
  };
}
