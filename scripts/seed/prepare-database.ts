import { eq, sql } from 'drizzle-orm';
import { type DatabaseHandle, openDatabase } from '@/db/client';
import { migrateDatabase } from '@/db/migrate';
import { users } from '@/db/schema';
import { databaseSettings, dataDir, env } from '@/lib/env';
import { ensureAdmin } from '@/lib/users/ensure-admin';
import { demoAdminEmail } from './demo-accounts';
import { DEMO_TICKET_COUNT, seedDemoData } from './seed';

export type PrepareOptions = {
  /** Offer demo data to an empty database; whether it is seeded still depends on the engine. */
  seed?: boolean;
  /** An already opened database, left open afterwards; otherwise one is opened and closed. */
  handle?: DatabaseHandle;
  log?: (line: string) => void;
};

export type PrepareResult = {
  engine: DatabaseHandle['engine'];
  admin: 'created' | 'exists' | 'skipped';
  seed: 'seeded' | 'kept' | 'off';
  /** The demo accounts exist, so their sign-ins are worth printing. */
  demoData: boolean;
};

function describe(handle: DatabaseHandle): string {
  if (handle.engine === 'pglite') return `embedded PGlite in ${dataDir()}`;
  // Host and database only: the URL may carry a password.
  const url = new URL(handle.url ?? '');
  return `PostgreSQL at ${url.host}${url.pathname}`;
}

/**
 * Demo data goes into the embedded database by default and into PostgreSQL only when asked for,
 * so a production database never receives it by accident.
 */
function wantsDemoData(engine: DatabaseHandle['engine']): boolean {
  return env.DEMO_DATA ?? engine === 'pglite';
}

/** Migrates the database, seeds demo data where allowed and creates the admin from the environment. */
export async function prepareDatabase(options: PrepareOptions = {}): Promise<PrepareResult> {
  const log = options.log ?? ((line: string) => console.log(line));
  const handle = options.handle ?? (await openDatabase(databaseSettings()));
  try {
    log(`Database: ${describe(handle)}`);
    await migrateDatabase(handle);
    log('Migrations: up to date.');

    // Seeded before the admin from ADMIN_EMAIL is created: that account would otherwise make the
    // database look in use and the demo data would never be added.
    let seed: PrepareResult['seed'] = 'off';
    if (options.seed !== false && wantsDemoData(handle.engine)) {
      const started = performance.now();
      const { seeded } = await seedDemoData(handle.db);
      seed = seeded ? 'seeded' : 'kept';
      const seconds = ((performance.now() - started) / 1000).toFixed(1);
      log(
        seeded
          ? `Demo data: added demo accounts and ${DEMO_TICKET_COUNT} tickets (${seconds} s).`
          : 'Demo data: skipped, the database already holds accounts or tickets; left as it is.',
      );
    } else if (options.seed !== false) {
      log(
        handle.engine === 'postgres'
          ? 'Demo data: not added to PostgreSQL (set DEMO_DATA=true to seed an empty database).'
          : 'Demo data: off (DEMO_DATA=false).',
      );
    }

    const admin = await ensureAdmin(handle.db, {
      email: env.ADMIN_EMAIL,
      password: env.ADMIN_PASSWORD,
      name: env.ADMIN_NAME,
    });
    if (admin === 'created') log(`Admin: created ${env.ADMIN_EMAIL?.toLowerCase()} from ADMIN_EMAIL.`);
    if (admin === 'exists') log('Admin: the ADMIN_EMAIL account already exists; left unchanged.');

    const [demoAdmin] = await handle.db
      .select({ id: users.id })
      .from(users)
      .where(eq(sql`lower(${users.email})`, demoAdminEmail))
      .limit(1);
    return { engine: handle.engine, admin, seed, demoData: Boolean(demoAdmin) };
  } finally {
    if (!options.handle) await handle.close();
  }
}
