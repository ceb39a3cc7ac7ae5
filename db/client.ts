import { mkdirSync } from 'node:fs';
import type { PgDatabase, PgQueryResultHKT } from 'drizzle-orm/pg-core';
import * as schema from './schema';

export type Database = PgDatabase<PgQueryResultHKT, typeof schema>;
export type Transaction = Parameters<Parameters<Database['transaction']>[0]>[0];
/** Either the database or an open transaction: what a query helper needs. */
export type Executor = Database | Transaction;

export type DatabaseHandle = {
  db: Database;
  engine: 'pglite' | 'postgres';
  url?: string;
  close: () => Promise<void>;
};

export type DatabaseSettings = {
  /** PostgreSQL connection string; null for the embedded PGlite. */
  url: string | null;
  /** PostgreSQL connections in the pool. */
  poolSize?: number;
  /** PGlite folder; null keeps it in memory. */
  dir?: string | null;
};

// On globalThis so that Next's separate server bundles share one pool and one configuration.
const globalForDb = globalThis as unknown as {
  deskline?: DatabaseHandle;
  desklineSettings?: () => DatabaseSettings;
};

/** Opens PostgreSQL when a URL is given, PGlite otherwise. */
export async function openDatabase({ url, poolSize = 10, dir = null }: DatabaseSettings): Promise<DatabaseHandle> {
  if (url) {
    const { default: postgres } = await import('postgres');
    const { drizzle } = await import('drizzle-orm/postgres-js');
    const client = postgres(url, {
      max: poolSize,
      onnotice: () => {},
    });
    const db = drizzle({ client, schema, casing: 'snake_case' }) as unknown as Database;
    return { db, engine: 'postgres', url, close: () => client.end({ timeout: 5 }) };
  }
  const { PGlite } = await import('@electric-sql/pglite');
  const { drizzle } = await import('drizzle-orm/pglite');
  if (dir) mkdirSync(dir, { recursive: true });
  const client = dir ? new PGlite(dir) : new PGlite();
  await client.waitReady;
  const db = drizzle({ client, schema, casing: 'snake_case' }) as unknown as Database;
  return { db, engine: 'pglite', close: () => client.close() };
}

let opening: Promise<DatabaseHandle> | undefined;

/**
 * The process-wide database, opened on first use rather than at import time so that
 * `next build` never creates or locks a database while it collects page data.
 */
export async function getDb(): Promise<Database> {
  if (globalForDb.deskline) return globalForDb.deskline.db;
  const settings = globalForDb.desklineSettings;
  if (!settings) throw new Error('The database is not configured: call configureDatabase() when the process starts.');
  opening ??= openDatabase(settings()).then((handle) => {
    globalForDb.deskline = handle;
    return handle;
  });
  return (await opening).db;
}

/** Tells getDb() where to open the process-wide database; read on first use, not now. */
export function configureDatabase(settings: () => DatabaseSettings): void {
  globalForDb.desklineSettings = settings;
}

/** Points the process at an already opened database (tests, scripts). */
export function useDatabase(handle: DatabaseHandle): void {
  globalForDb.deskline = handle;
  opening = Promise.resolve(handle);
}

export function currentHandle(): DatabaseHandle | undefined {
  return globalForDb.deskline;
}

export async function closeDatabase(): Promise<void> {
  const handle = globalForDb.deskline;
  globalForDb.deskline = undefined;
  opening = undefined;
  await handle?.close();
}
