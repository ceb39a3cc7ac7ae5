import { mkdirSync } from 'node:fs';
import path from 'node:path';
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

const globalForDb = globalThis as unknown as { deskline?: DatabaseHandle };

export function dataDir(): string {
  return path.resolve(/*turbopackIgnore: true*/ process.env.DESKLINE_DATA_DIR ?? '.data/pglite');
}

/** Opens the database named by the environment: PostgreSQL when DATABASE_URL is set, PGlite otherwise. */
export async function openDatabase(
  options: { url?: string | null; dir?: string | null } = {},
): Promise<DatabaseHandle> {
  // `url: null` asks for PGlite whatever the environment says; `dir: null` keeps it in memory.
  const url = options.url === undefined ? process.env.DATABASE_URL : options.url;
  if (url) {
    const { default: postgres } = await import('postgres');
    const { drizzle } = await import('drizzle-orm/postgres-js');
    const client = postgres(url, {
      max: Number(process.env.DATABASE_POOL_SIZE ?? 10),
      onnotice: () => {},
    });
    const db = drizzle({ client, schema, casing: 'snake_case' }) as unknown as Database;
    return { db, engine: 'postgres', url, close: () => client.end({ timeout: 5 }) };
  }
  const { PGlite } = await import('@electric-sql/pglite');
  const { drizzle } = await import('drizzle-orm/pglite');
  const dir = options.dir === undefined ? dataDir() : options.dir;
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
  opening ??= openDatabase().then((handle) => {
    globalForDb.deskline = handle;
    return handle;
  });
  return (await opening).db;
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
