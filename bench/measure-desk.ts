// Usage: DATABASE_URL=postgres://… npm run bench:desk   (after npm run bench:seed and npm run build)
// Serves the production build on the benchmark database, signs in as an agent and times the
// desk's pages as a browser would receive them: queue views, a search, ticket workspaces.
import { type ChildProcess, spawn } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import { existsSync } from 'node:fs';
import path from 'node:path';
import postgres from 'postgres';
import { BENCH_PASSWORD, benchAgentEmail, benchUrl, describeUrl } from './bench-database';

const port = Number(process.env.BENCH_PORT ?? 3199);
const origin = `http://127.0.0.1:${port}`;
const RUNS = Number(process.env.BENCH_RUNS ?? 100);
// The first requests load code and fill caches; all scenarios are warmed before any is timed.
const WARMUP = 10;

type Scenario = { name: string; paths: string[]; expect: string };

async function waitForHealth(server: ChildProcess): Promise<void> {
  for (let i = 0; i < 120; i += 1) {
    if (server.exitCode !== null) throw new Error('the server exited before it was ready');
    const ok = await fetch(`${origin}/api/health`).then((r) => r.ok, () => false);
    if (ok) return;
    await new Promise((resolve) => setTimeout(resolve, 500));
  }
  throw new Error('the server did not become healthy in 60 s');
}

function cookiesOf(response: Response): string[] {
  return response.headers.getSetCookie().map((cookie) => cookie.split(';')[0]!);
}

/** Signs in through Auth.js's credentials callback, as the sign-in form does, and returns the cookies. */
async function signIn(): Promise<string> {
  const csrf = await fetch(`${origin}/api/auth/csrf`);
  const { csrfToken } = (await csrf.json()) as { csrfToken: string };
  const jar = cookiesOf(csrf);
  const response = await fetch(`${origin}/api/auth/callback/credentials`, {
    method: 'POST',
    redirect: 'manual',
    headers: { 'content-type': 'application/x-www-form-urlencoded', cookie: jar.join('; ') },
    body: new URLSearchParams({ csrfToken, email: benchAgentEmail, password: BENCH_PASSWORD, callbackUrl: `${origin}/desk` }),
  });
  const cookies = [...jar, ...cookiesOf(response)];
  if (!cookies.some((cookie) => cookie.startsWith('authjs.session-token='))) throw new Error(`sign-in failed (${response.status})`);
  return cookies.join('; ');
}

async function timed(cookie: string, url: string, expected: string): Promise<number> {
  const started = performance.now();
  const response = await fetch(`${origin}${url}`, { headers: { cookie }, redirect: 'manual' });
  const body = await response.text();
  const elapsed = performance.now() - started;
  if (response.status !== 200 || !body.includes(expected)) throw new Error(`${url} answered ${response.status} without ${expected}`);
  return elapsed;
}

function percentile(sorted: number[], p: number): number {
  return sorted[Math.min(sorted.length - 1, Math.ceil((p / 100) * sorted.length) - 1)]!;
}

async function scenarios(): Promise<Scenario[]> {
  const sql = postgres(benchUrl(), { max: 1, onnotice: () => {} });
  // Tickets an agent would open: worked recently, with a conversation.
  const worked = await sql<{ number: string }[]>`
    select number from tickets where archived_at is null and status = 'in_progress'
    order by last_activity_at desc limit ${RUNS}`;
  const [counts] = await sql<{ tickets: string; messages: string }[]>`
    select (select count(*) from tickets)::text as tickets, (select count(*) from ticket_messages)::text as messages`;
  await sql.end();
  console.log(`Database ${describeUrl(benchUrl())}: ${Number(counts!.tickets).toLocaleString('en')} tickets, ${Number(counts!.messages).toLocaleString('en')} messages`);
  const numbers = worked.map((row) => row.number);
  return [
    { name: 'Queue: All open (default view)', paths: ['/desk'], expect: 'data-testid="queue-table"' },
    { name: 'Queue: Closed, Technical, High, newest first', paths: ['/desk?view=closed&category=technical&priority=high&sort=created'], expect: 'data-testid="queue-table"' },
    { name: 'Queue: Mine, by priority', paths: ['/desk?view=mine&sort=priority'], expect: 'data-testid="queue-table"' },
    { name: 'Search: “kowalski printer” in All open', paths: ['/desk?q=kowalski+printer'], expect: 'data-testid="queue-table"' },
    { name: 'Search: order number in Closed', paths: ['/desk?view=closed&q=ORD-766691'], expect: 'Closed tickets matching' },
    { name: 'Search: “courier” (one message in 30) in Closed', paths: ['/desk?view=closed&q=courier'], expect: 'data-testid="queue-table"' },
    { name: 'Search: a phrase, “"label printer" -usb”, in All open', paths: ['/desk?q=%22label+printer%22+-usb'], expect: 'data-testid="queue-table"' },
    { name: `Ticket workspace (${numbers.length} different tickets)`, paths: numbers.map((n) => `/desk/tickets/${n}`), expect: 'data-testid="timeline"' },
  ];
}

async function main() {
  const root = process.cwd();
  if (!existsSync(path.join(root, '.next', 'BUILD_ID'))) throw new Error('No production build: run `npm run build` first.');
  const list = await scenarios();
  // The production server, so the figures include what it adds (client address, request log).
  const serve = path.join(root, 'scripts', 'serve.ts');
  const server = spawn(process.execPath, ['--import', 'tsx', serve, '--port', String(port), '--hostname', '127.0.0.1'], {
    stdio: ['ignore', 'ignore', 'inherit'],
    env: {
      ...process.env,
      NODE_ENV: 'production',
      DATABASE_URL: benchUrl(),
      AUTH_SECRET: randomBytes(32).toString('base64url'),
      AUTH_TRUST_HOST: 'true',
      DEMO_DATA: 'false',
      NEXT_TELEMETRY_DISABLED: '1',
    },
  });
  try {
    await waitForHealth(server);
    const cookie = await signIn();
    console.log(`\n${RUNS} requests each, one at a time, after ${WARMUP} of each to warm up; milliseconds from sending the request to the last byte of the page.\n`);
    console.log('| Page | p50 | p95 | max |\n| --- | ---: | ---: | ---: |');
    for (const scenario of list) {
      for (let i = 0; i < WARMUP; i += 1) await timed(cookie, scenario.paths[i % scenario.paths.length]!, scenario.expect);
    }
    for (const scenario of list) {
      const times: number[] = [];
      for (let i = 0; i < RUNS; i += 1) times.push(await timed(cookie, scenario.paths[i % scenario.paths.length]!, scenario.expect));
      times.sort((a, b) => a - b);
      const [p50, p95, max] = [percentile(times, 50), percentile(times, 95), times.at(-1)!].map((ms) => ms.toFixed(0));
      console.log(`| ${scenario.name} | ${p50} | ${p95} | ${max} |`);
    }
  } finally {
    server.kill('SIGTERM');
  }
}

main().catch((error: unknown) => {
  console.error(error);
  process.exitCode = 1;
});
