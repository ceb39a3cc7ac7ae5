/**
 * Brings the schema up to date when a server process starts, so that every way of starting
 * Deskline (npm start, next start on several instances, next dev) runs on current tables.
 */
export async function register() {
  if (process.env.NEXT_RUNTIME !== 'nodejs' || process.env.DESKLINE_MIGRATE_ON_START === 'false') return;
  const { getDb, currentHandle } = await import('./db/client');
  const { migrateDatabase } = await import('./db/migrate');
  await getDb();
  const handle = currentHandle();
  if (handle) await migrateDatabase(handle);
}
