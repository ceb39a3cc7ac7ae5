// Usage: DATABASE_URL=postgres://… npm run bench:http   (after npm run build; nothing is built here)
// Serves the production build (scripts/serve.ts, as `npm start` does) on a database of its own on
// DATABASE_URL's server, seeded with BENCH_TICKETS tickets (2,000 unless set) and dropped afterwards;
// signs in as an agent and as a customer and drives each request below with autocannon at
// BENCH_CONNECTIONS connections (8) for BENCH_SECONDS seconds (5) after a one-second warm-up. CPU
// time of the server process and of the database's PostgreSQL backends is read from /proc: on a
// shared machine it is the figure to compare, where req/s and latency depend on the neighbours.
import { type ChildProcess, spawn } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import { existsSync, readFileSync } from 'node:fs';
import { createServer } from 'node:net';
import path from 'node:path';
import autocannon from 'autocannon';
import postgres from 'postgres';
import { BENCH_PASSWORD, benchAgentEmail } from './bench-database';

const TICKETS = Number(process.env.BENCH_TICKETS ?? 2000);
const SECONDS = Number(process.env.BENCH_SECONDS ?? 5);
const CONNECTIONS = Number(process.env.BENCH_CONNECTIONS ?? 8);
const root = process.cwd();
const tickMs = 1000 / 100; // USER_HZ, 100 on Linux
const cleanups: (() => Promise<void> | void)[] = [];

function serverUrl(): string {
  const url = process.env.DATABASE_URL;
  if (!url) throw new Error('Set DATABASE_URL to a PostgreSQL server on this machine; the benchmark creates its own database there.');
  return url;
}

function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = createServer().listen(0, '127.0.0.1', () => {
      const { port } = server.address() as { port: number };
      server.close(() => resolve(port));
    });
    server.on('error', reject);
  });
}

function run(args: string[], env: NodeJS.ProcessEnv, capture = false): Promise<string> {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, args, { stdio: ['ignore', capture ? 'pipe' : 'ignore', 'inherit'], env });
    let out = '';
    child.stdout?.on('data', (chunk: Buffer) => (out += chunk.toString()));
    child.on('exit', (code) => (code === 0 ? resolve(out) : reject(new Error(`${args.join(' ')} exited with ${code}`))));
  });
}

async function startServer(port: number, env: NodeJS.ProcessEnv): Promise<ChildProcess> {
  const child = spawn(process.execPath, ['--import', 'tsx', 'scripts/serve.ts', '--port', String(port), '--hostname', '127.0.0.1'], {
    stdio: ['ignore', 'ignore', 'inherit'],
    env,
  });
  cleanups.push(() => void child.kill('SIGTERM'));
  for (let i = 0; i < 240; i += 1) {
    if (child.exitCode !== null) throw new Error('the server exited before it was ready');
    if (await fetch(`http://127.0.0.1:${port}/api/health`).then((r) => r.ok, () => false)) return child;
    await new Promise((resolve) => setTimeout(resolve, 500));
  }
  throw new Error('the server did not become healthy in 120 s');
}

function cookiesOf(response: Response): string[] {
  return response.headers.getSetCookie().map((cookie) => cookie.split(';')[0]!);
}

/** Signs in through Auth.js's credentials callback, as the sign-in form does. */
async function signIn(origin: string, email: string): Promise<string> {
  const csrf = await fetch(`${origin}/api/auth/csrf`);
  const { csrfToken } = (await csrf.json()) as { csrfToken: string };
  const jar = cookiesOf(csrf);
  const response = await fetch(`${origin}/api/auth/callback/credentials`, {
    method: 'POST',
    redirect: 'manual',
    headers: { 'content-type': 'application/x-www-form-urlencoded', cookie: jar.join('; ') },
    body: new URLSearchParams({ csrfToken, email, password: BENCH_PASSWORD, callbackUrl: `${origin}/` }),
  });
  const cookies = [...jar, ...cookiesOf(response)];
  if (!cookies.some((cookie) => cookie.startsWith('authjs.session-token='))) throw new Error(`signing in as ${email} failed (${response.status})`);
  return cookies.join('; ');
}

/** utime + stime of a process in clock ticks, or undefined once it is gone. */
function cpuTicks(pid: number): number | undefined {
  try {
    const stat = readFileSync(`/proc/${pid}/stat`, 'utf8');
    const fields = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
    return Number(fields[11]) + Number(fields[12]);
  } catch {
    return undefined;
  }
}

function rssKb(pid: number): number {
  return Number(/^VmRSS:\s+(\d+) kB$/m.exec(readFileSync(`/proc/${pid}/status`, 'utf8'))?.[1] ?? 0);
}

/**
 * CPU of the server and of the PostgreSQL backends serving the benchmark's database (found in
 * pg_stat_activity, so other databases on the server are not counted), and the server's peak
 * RSS, sampled every 200 ms while `work` runs.
 */
async function measured<T>(monitor: postgres.Sql, database: string, serverPid: number, work: () => Promise<T>) {
  const backends = async () => (await monitor<{ pid: number }[]>`select pid from pg_stat_activity where datname = ${database}`).map((row) => row.pid);
  const start = new Map<number, number>();
  const last = new Map<number, number>();
  for (const pid of await backends()) start.set(pid, cpuTicks(pid) ?? 0);
  const serverStart = cpuTicks(serverPid)!;
  let peakRss = rssKb(serverPid);
  let sampling = true;
  const sampler = (async () => {
    while (sampling) {
      peakRss = Math.max(peakRss, rssKb(serverPid));
      for (const pid of await backends()) {
        if (!start.has(pid)) start.set(pid, 0); // opened during the run: all its time is the run's
        const ticks = cpuTicks(pid);
        if (ticks !== undefined) last.set(pid, ticks);
      }
      await new Promise((resolve) => setTimeout(resolve, 200));
    }
  })();
  const result = await work();
  sampling = false;
  await sampler;
  for (const pid of start.keys()) {
    const ticks = cpuTicks(pid);
    if (ticks !== undefined) last.set(pid, ticks);
  }
  const serverMs = (cpuTicks(serverPid)! - serverStart) * tickMs;
  let postgresMs = 0;
  for (const [pid, from] of start) postgresMs += ((last.get(pid) ?? from) - from) * tickMs;
  return { result, serverMs, postgresMs, peakRssMb: peakRss / 1024 };
}

type Row = { label: string; method: 'GET' | 'POST'; path: string; cookie: string; body?: string; expect: string };

async function main() {
  if (!existsSync(path.join(root, '.next', 'BUILD_ID'))) throw new Error('No production build: run `npm run build` first.');
  const database = `deskline_http_${randomBytes(4).toString('hex')}`;
  const monitor = postgres(serverUrl(), { max: 1, onnotice: () => {} });
  cleanups.push(async () => {
    await monitor.unsafe(`drop database if exists "${database}" with (force)`).catch(() => {});
    await monitor.end({ timeout: 5 });
  });
  const url = new URL(serverUrl());
  url.pathname = `/${database}`;
  const databaseUrl = url.toString();

  console.log(`Seeding ${TICKETS} tickets into ${database}…`);
  // seed-million creates and migrates the database itself, then fills it.
  await run(['--import', 'tsx', 'bench/seed-million.ts', `--tickets=${TICKETS}`], { ...process.env, BENCH_DATABASE: database });

  const env: NodeJS.ProcessEnv = {
    ...process.env,
    DATABASE_URL: databaseUrl,
    AUTH_SECRET: randomBytes(32).toString('base64url'),
    AUTH_TRUST_HOST: 'true',
    TRUSTED_PROXIES: 'loopback',
    // Every request comes from one address; the limits are counted, never reached.
    RATE_LIMIT_CONTACT_PER_IP: '100000000',
    RATE_LIMIT_CONTACT_PER_EMAIL: '100000000',
    RATE_LIMIT_API_PER_IP: '100000000',
    RATE_LIMIT_SIGNIN_PER_IP: '100000',
    RATE_LIMIT_SIGNIN_PER_EMAIL: '100000',
    RATE_LIMIT_SIGNIN_DELAY_AFTER: '100000',
    LOG_LEVEL: 'warn',
    NEXT_TELEMETRY_DISABLED: '1',
  };

  const db = postgres(databaseUrl, { max: 1, onnotice: () => {} });
  const [customer] = await db<{ id: string; email: string }[]>`select id, email from users where role = 'customer' order by email limit 1`;
  const [ticket] = await db<{ number: string }[]>`
    select t.number from tickets t where t.status = 'in_progress'
    order by (select count(*) from ticket_messages m where m.ticket_id = t.id) desc, t.number limit 1`;
  const [category] = await db<{ slug: string }[]>`select slug from categories where active order by position, slug limit 1`;
  await db.end();
  if (!customer || !ticket || !category) throw new Error('the seed left no customer, in-progress ticket or category');

  const port = await freePort();
  const server = await startServer(port, env);
  const origin = `http://127.0.0.1:${port}`;
  const agent = await signIn(origin, benchAgentEmail);
  const customerCookie = await signIn(origin, customer.email);

  const ticketBody = JSON.stringify({
    name: 'Bench Customer',
    email: customer.email,
    subject: 'The parcel has not arrived',
    message: 'I ordered a desk lamp two weeks ago and the tracking page has not changed since.',
    category: category.slug,
  });
  const rows: Row[] = [
    { label: 'POST /api/v1/tickets (customer)', method: 'POST', path: '/api/v1/tickets', cookie: customerCookie, body: ticketBody, expect: '"ticket"' },
    { label: 'GET /desk (All open, 50 rows)', method: 'GET', path: '/desk', cookie: agent, expect: 'data-testid="queue-table"' },
    { label: 'GET /desk?q=printer', method: 'GET', path: '/desk?q=printer', cookie: agent, expect: 'data-testid="queue-table"' },
    { label: `GET /desk/tickets/{n}`, method: 'GET', path: `/desk/tickets/${ticket.number}`, cookie: agent, expect: ticket.number },
    { label: `GET /api/v1/tickets/{n}`, method: 'GET', path: `/api/v1/tickets/${ticket.number}`, cookie: agent, expect: ticket.number },
  ];

  const lines: string[] = [];
  let httpIntake = 0;
  for (const row of rows) {
    const headers: Record<string, string> = { cookie: row.cookie, ...(row.body ? { 'content-type': 'application/json' } : {}) };
    const check = await fetch(origin + row.path, { method: row.method, headers, body: row.body, redirect: 'manual' });
    const text = await check.text();
    if (check.status >= 300 || !text.includes(row.expect)) throw new Error(`${row.label} answered ${check.status}: ${text.slice(0, 300)}`);
    const options = { url: origin + row.path, method: row.method, headers, body: row.body, connections: CONNECTIONS };
    await autocannon({ ...options, duration: 1 });
    const { result, serverMs, postgresMs, peakRssMb } = await measured(monitor, database, server.pid!, () => autocannon({ ...options, duration: SECONDS }));
    const requests = result.requests.total;
    const failed = result.non2xx + result.errors + result.timeouts;
    if (failed) throw new Error(`${row.label}: ${failed} of ${requests} requests failed`);
    if (row.method === 'POST') httpIntake = result.requests.average;
    const cpu = (ms: number) => (ms / requests).toFixed(2);
    lines.push(
      `| ${row.label} | ${result.requests.average.toFixed(0)} | ${result.latency.p50} | ${result.latency.p99} | ${cpu(serverMs)} + ${cpu(postgresMs)} = **${cpu(serverMs + postgresMs)}** | ${peakRssMb.toFixed(0)} |`,
    );
  }

  // The same creation without HTTP, Next or Auth.js: what the intake could be at best.
  const inProcess = JSON.parse(
    await run(['--require', './scripts/allow-server-only.cjs', '--import', 'tsx', 'bench/intake-in-process.ts'], {
      ...env,
      BENCH_CUSTOMER_ID: customer.id,
      BENCH_TICKET_BODY: ticketBody,
      BENCH_SECONDS: String(SECONDS),
      BENCH_CONNECTIONS: String(CONNECTIONS),
    }, true),
  ) as { tickets: number; seconds: number };
  const inProcessRate = inProcess.tickets / inProcess.seconds;

  console.log(`\n${TICKETS} tickets, ${CONNECTIONS} connections, ${SECONDS} s per row; CPU is server + PostgreSQL per request.\n`);
  console.log('| Request | req/s | p50 ms | p99 ms | CPU ms / request | peak RSS MB |');
  console.log('| --- | ---: | ---: | ---: | ---: | ---: |');
  for (const line of lines) console.log(line);
  console.log(`\nTicket intake: ${httpIntake.toFixed(0)}/s over HTTP, ${inProcessRate.toFixed(0)}/s calling createTicket in-process: ${((httpIntake / inProcessRate) * 100).toFixed(0)}%.`);
}

main()
  .catch((error: unknown) => {
    console.error(error);
    process.exitCode = 1;
  })
  .finally(async () => {
    for (const cleanup of cleanups.reverse()) await Promise.resolve(cleanup()).catch((error: unknown) => console.error(error));
  });
