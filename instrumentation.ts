/**
 * Checks the settings, points the database at them and brings the schema up to date when a
 * server process starts, so that every way of starting Deskline (npm start, next start on several
 * instances, next dev) runs on current tables; then starts the process's mail and webhook senders
 * and its file workers (virus scans and thumbnails; the sweeper of deleted files) and the pass that closes resolved
 * tickets left unanswered.
 */
export async function register() {
  if (process.env.NEXT_RUNTIME !== 'nodejs') return;
  const { databaseSettings, env, validateEnv } = await import('./lib/env');
  validateEnv();
  const { configureDatabase, currentHandle, getDb } = await import('./db/client');
  configureDatabase(databaseSettings);
  if (env.DESKLINE_MIGRATE_ON_START) {
    const { migrateDatabase } = await import('./db/migrate');
    await getDb();
    const handle = currentHandle();
    if (handle) await migrateDatabase(handle);
  }
  // `next build` may load this file to prerender pages: it must not send mail or webhooks.
  if (process.env.NEXT_PHASE === 'phase-production-build') return;
  const { startMailWorker } = await import('./lib/mail/process-worker');
  await startMailWorker();
  const { startWebhookWorker } = await import('./lib/webhooks/process-worker');
  await startWebhookWorker();
  const { startFileWorker } = await import('./lib/files/process/process-worker');
  await startFileWorker();
  const { startFilesSweeper } = await import('./lib/files/garbage-worker');
  await startFilesSweeper();
  await (await import('./lib/sla/breach-worker')).startSlaBreachWorker();
  const { startAutoCloser } = await import('./lib/tickets/auto-close-worker');
  await startAutoCloser();
}
