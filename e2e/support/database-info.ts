import { readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';

/** Where the end-to-end server's database is, for the steps a test sets up below the UI. */
// The server's AUTH_SECRET too: a step that mails a visitor must seal and open their private link
// under the server's key, or it would issue a new link and the visitor's page would stop working.
export type DatabaseInfo = { databaseUrl: string | null; dataDir: string | null; filesDir: string; authSecret: string };

export function databaseInfoFile(port: string): string {
  return path.join(tmpdir(), `deskline-e2e-${port}.json`);
}

export function readDatabaseInfo(port = process.env.E2E_PORT ?? '3210'): DatabaseInfo {
  return JSON.parse(readFileSync(databaseInfoFile(port), 'utf8')) as DatabaseInfo;
}
