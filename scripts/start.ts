// `npm start`: sets up the secret and the database, builds once if needed, then serves the build
// with scripts/serve.ts (Next.js behind a server that passes the client's address on).
import { type ChildProcess, spawn } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { constants } from 'node:os';
import path from 'node:path';
import { loadEnvConfig } from '@next/env';
import { env, validateEnv } from '@/lib/env';
import { demoAccounts } from '@/scripts/seed/demo-accounts';
import { prepareDatabase } from '@/scripts/seed/prepare-database';

const root = process.cwd();
const nextCli = path.join(root, 'node_modules', 'next', 'dist', 'bin', 'next');
const serveScript = path.join(root, 'scripts', 'serve.ts');

/** Sessions survive a restart only if the secret does, so a generated one is kept on disk. */
function ensureAuthSecret(): void {
  if (!env.AUTH_SECRET) {
    const file = path.join(root, '.data', 'auth-secret');
    let secret = existsSync(file) ? readFileSync(file, 'utf8').trim() : '';
    if (secret) {
      console.log('AUTH_SECRET: using the one saved in .data/auth-secret.');
    } else {
      secret = randomBytes(32).toString('base64url');
      mkdirSync(path.dirname(file), { recursive: true });
      writeFileSync(file, `${secret}\n`, { mode: 0o600 });
      console.log('AUTH_SECRET: generated one and saved it in .data/auth-secret.');
    }
    process.env.AUTH_SECRET = secret;
  }
  process.env.AUTH_TRUST_HOST ??= 'true';
}

function run(label: string, args: string[]): { child: ChildProcess; exited: Promise<number> } {
  const child = spawn(process.execPath, args, { stdio: 'inherit', env: process.env });
  const forward = (signal: NodeJS.Signals) => child.kill(signal);
  process.on('SIGINT', forward);
  process.on('SIGTERM', forward);
  const exited = new Promise<number>((resolve) => {
    child.on('error', (error) => {
      console.error(`Could not run ${label}:`, error);
      resolve(1);
    });
    child.on('exit', (code, signal) => {
      process.off('SIGINT', forward);
      process.off('SIGTERM', forward);
      resolve(code ?? (signal ? 128 + (constants.signals[signal] ?? 0) : 1));
    });
  });
  return { child, exited };
}

/** Any HTTP answer means the server is listening; the banner waits for it so it is printed last. */
async function waitUntilListening(url: string, child: ChildProcess): Promise<void> {
  const deadline = Date.now() + 120_000;
  while (Date.now() < deadline && child.exitCode === null && child.signalCode === null) {
    try {
      await fetch(url, { method: 'HEAD', signal: AbortSignal.timeout(2_000) });
      return;
    } catch {
      await new Promise((resolve) => setTimeout(resolve, 500));
    }
  }
}

function banner(port: string, demoData: boolean): string {
  const lines = ['', `  Deskline is running at http://localhost:${port}`, ''];
  if (demoData) {
    lines.push('  Demo sign-ins:');
    for (const account of demoAccounts) {
      lines.push(`    ${account.label.padEnd(26)} ${account.email.padEnd(26)} ${account.password}`);
    }
    lines.push('');
  }
  return lines.join('\n');
}

async function main(): Promise<number> {
  loadEnvConfig(root, false);
  ensureAuthSecret();
  validateEnv();
  const port = String(env.PORT);

  // The database is closed again before the server starts: PGlite must have one user at a time.
  const { demoData } = await prepareDatabase({ seed: true });

  if (!existsSync(path.join(root, '.next', 'BUILD_ID'))) {
    console.log('No production build found; running next build first.');
    const code = await run('next build', [nextCli, 'build']).exited;
    if (code !== 0) return code;
  }

  const server = run('the server', ['--import', 'tsx', serveScript, '--port', port]);
  void waitUntilListening(`http://localhost:${port}/api/health`, server.child).then(() => {
    if (server.child.exitCode === null) console.log(banner(port, demoData));
  });
  return server.exited;
}

main().then(
  (code) => process.exit(code),
  (error: unknown) => {
    console.error('Deskline could not start:', error);
    process.exit(1);
  },
);
