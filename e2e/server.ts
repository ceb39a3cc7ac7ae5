// Serves the production build for the end-to-end tests, on a database of its own:
// a fresh PGlite folder, or a fresh database on the PostgreSQL server named by DATABASE_URL.
import { spawn } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import { existsSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import postgres from 'postgres';
import { startFakeResend } from '@/lib/testing/fake-resend';
import { prepareDatabase } from '@/scripts/seed/prepare-database';
import { databaseInfoFile } from './support/database-info';

const port = process.env.E2E_PORT ?? '3210';
const root = process.cwd();

async function freshPostgresDatabase(serverUrl: string): Promise<{ url: string; drop: () => Promise<void> }> {
  const name = `deskline_e2e_${randomBytes(5).toString('hex')}`;
  const admin = postgres(serverUrl, { max: 1, onnotice: () => {} });
  await admin.unsafe(`create database "${name}"`);
  const url = new URL(serverUrl);
  url.pathname = `/${name}`;
  const drop = async () => {
    await admin.unsafe(`drop database if exists "${name}" with (force)`).catch(() => {});
    await admin.end({ timeout: 5 });
  };
  return { url: url.toString(), drop };
}

async function main() {
  if (!existsSync(path.join(root, '.next', 'BUILD_ID'))) {
    throw new Error('No production build found: run `npm run build` before the end-to-end tests.');
  }
  let tempDir: string | undefined;
  let dropDatabase: (() => Promise<void>) | undefined;
  if (process.env.DATABASE_URL) {
    const fresh = await freshPostgresDatabase(process.env.DATABASE_URL);
    process.env.DATABASE_URL = fresh.url;
    dropDatabase = fresh.drop;
  } else {
    tempDir = mkdtempSync(path.join(tmpdir(), 'deskline-e2e-'));
    process.env.DESKLINE_DATA_DIR = tempDir;
  }
  // Mail goes out as in production, to a stand-in for Resend: sign-up then answers as a helpdesk
  // that sends mail does, and the tests read the links from the outbox.
  // Uploaded files too live in a folder of this run's own.
  const filesDir = mkdtempSync(path.join(tmpdir(), 'deskline-e2e-files-'));
  process.env.FILES_DIR = filesDir;
  const resend = await startFakeResend();
  Object.assign(process.env, {
    RESEND_API_KEY: 're_end_to_end',
    RESEND_BASE_URL: resend.url,
    DEMO_DATA: 'true',
    AUTH_SECRET: randomBytes(32).toString('base64url'),
    AUTH_TRUST_HOST: 'true',
    // The suite submits many forms from one address; the limits themselves are tested in lib/.
    RATE_LIMIT_CONTACT_PER_IP: '100000',
    RATE_LIMIT_API_PER_IP: '100000',
    RATE_LIMIT_CONTACT_PER_EMAIL: '100000',
    RATE_LIMIT_SIGNIN_PER_IP: '100000',
    RATE_LIMIT_SIGNIN_PER_EMAIL: '100000',
    RATE_LIMIT_SIGNIN_DELAY_AFTER: '100000',
    RATE_LIMIT_SIGNUP_PER_IP: '100000',
    // The tests stand in for a proxy: the address they put in X-Forwarded-For is the client's.
    TRUSTED_PROXIES: 'loopback',
    // The tracking-link limit keeps its default: its test uses an address of its own.
    NEXT_TELEMETRY_DISABLED: '1',
  });

  await prepareDatabase({ seed: true });
  // Tests that set up a step below the UI (on PostgreSQL) read where the database is from here.
  const infoFile = databaseInfoFile(port);
  writeFileSync(infoFile, JSON.stringify({ databaseUrl: process.env.DATABASE_URL ?? null, dataDir: tempDir ?? null, filesDir, authSecret: process.env.AUTH_SECRET }), { mode: 0o600 });

  const serve = path.join(root, 'scripts', 'serve.ts');
  const child = spawn(process.execPath, ['--import', 'tsx', serve, '--port', port, '--hostname', '127.0.0.1'], { stdio: 'inherit', env: process.env });
  const stop = () => child.kill('SIGTERM');
  process.on('SIGINT', stop);
  process.on('SIGTERM', stop);
  child.on('exit', (code) => {
    void resend.close();
    rmSync(infoFile, { force: true });
    if (tempDir) rmSync(tempDir, { recursive: true, force: true });
    rmSync(filesDir, { recursive: true, force: true });
    void (dropDatabase?.() ?? Promise.resolve()).finally(() => process.exit(code ?? 0));
  });
}

main().catch((error: unknown) => {
  console.error(error);
  process.exit(1);
});
