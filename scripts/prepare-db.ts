// Usage: tsx scripts/prepare-db.ts [--no-seed]
// Migrates, seeds demo data into an empty embedded database (or PostgreSQL with DEMO_DATA=true)
// and creates the admin from ADMIN_EMAIL / ADMIN_PASSWORD.
import { loadEnvConfig } from '@next/env';
import { isProduction, validateEnv } from '@/lib/env';
import { prepareDatabase } from '@/scripts/seed/prepare-database';

// The same .env files Next reads, so this script and the server agree on DATABASE_URL.
loadEnvConfig(process.cwd(), !isProduction());

Promise.resolve()
  .then(() => {
    validateEnv();
    return prepareDatabase({ seed: !process.argv.includes('--no-seed') });
  })
  .catch((error: unknown) => {
    console.error('Preparing the database failed:', error);
    process.exitCode = 1;
  });
