// Usage: npm run bench:live   (after npm run build; .next must be present, nothing else is built)
// Live updates across two instances on one PostgreSQL: memory per idle SSE stream on instance B,
// the delay from a change committed through instance A to its event on B's streams, and the desk
// page's latency on B with and without the streams open.
// Uses DATABASE_URL's server if set (in a database of its own, dropped afterwards), otherwise a
// throwaway cluster from scripts/start-test-postgres.sh, stopped afterwards.
// The streams are spread over staff accounts created here, as many per account as the servers'
// LIVE_MAX_STREAMS_PER_USER allows (8 unless set), as browsers with a few tabs each would be.
import { type ChildProcess, execFileSync, spawn } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import { existsSync, readFileSync, rmSync } from 'node:fs';
import http from 'node:http';
import { createServer } from 'node:net';
import path from 'node:path';
import postgres from 'postgres';
import { readEnv } from '@/lib/env';
import { hashPassword } from '@/lib/users/password';

const STREAMS = Number(process.env.BENCH_STREAMS ?? 1000);
const CHANGES = Number(process.env.BENCH_CHANGES ?? 200);
const DESK_RUNS = Number(process.env.BENCH_RUNS ?? 100);
const PASSWORD = 'deskline-bench-live';
const root = process.cwd();
const cleanups: (() => Promise<void> | void)[] = [];

function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = createServer().listen(0, '127.0.0.1', () => {
      const { port } = server.address() as { port: number };
      server.close(() => resolve(port));
    });
    server.on('error', reject);
  });
}

/** A PostgreSQL server: DATABASE_URL's, or a throwaway cluster stopped at the end. */
function postgresServer(): string {
  if (process.env.DATABASE_URL) return process.env.DATABASE_URL;
  const out = execFileSync(path.join(root, 'scripts', 'start-test-postgres.sh'), { encoding: 'utf8' });
  const vars = Object.fromEntries([...out.matchAll(/^export (\w+)=(.*)$/gm)].map((m) => [m[1], m[2]]));
  cleanups.push(() => {
    const asPostgres = process.getuid?.() === 0 ? ['runuser', '-u', 'postgres', '--'] : [];
    const command = [...asPostgres, `${vars.PGTEST_BIN}/pg_ctl`, '-D', vars.PGTEST_DIR!, '-m', 'fast', 'stop'];
    execFileSync(command[0]!, command.slice(1), { stdio: 'ignore' });
    rmSync(path.dirname(vars.PGTEST_DIR!), { recursive: true, force: true });
  });
  return vars.DATABASE_URL!;
}

async function freshDatabase(serverUrl: string): Promise<string> {
  const name = `deskline_live_${randomBytes(4).toString('hex')}`;
  const admin = postgres(serverUrl, { max: 1, onnotice: () => {} });
  await admin.unsafe(`create database "${name}"`);
  cleanups.push(async () => {
    await admin.unsafe(`drop database if exists "${name}" with (force)`).catch(() => {});
    await admin.end({ timeout: 5 });
  });
  const url = new URL(serverUrl);
  url.pathname = `/${name}`;
  return url.toString();
}

function run(args: string[], env: NodeJS.ProcessEnv): Promise<void> {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, args, { stdio: ['ignore', 'ignore', 'inherit'], env });
    child.on('exit', (code) => (code === 0 ? resolve() : reject(new Error(`${args.join(' ')} exited with ${code}`))));
  });
}

async function startInstance(port: number, env: NodeJS.ProcessEnv): Promise<ChildProcess> {
  const child = spawn(process.execPath, ['--import', 'tsx', 'scripts/serve.ts', '--port', String(port), '--hostname', '127.0.0.1'], {
    stdio: ['ignore', 'ignore', 'inherit'],
    env,
  });
  cleanups.push(() => {
    child.kill('SIGTERM');
  });
  for (let i = 0; i < 240; i += 1) {
    if (child.exitCode !== null) throw new Error(`the instance on port ${port} exited before it was ready`);
    if (await fetch(`http://127.0.0.1:${port}/api/health`).then((r) => r.ok, () => false)) return child;
    await new Promise((resolve) => setTimeout(resolve, 500));
  }
  throw new Error(`the instance on port ${port} did not become healthy in 120 s`);
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
    body: new URLSearchParams({ csrfToken, email, password: PASSWORD, callbackUrl: `${origin}/desk` }),
  });
  const cookies = [...jar, ...cookiesOf(response)];
  if (!cookies.some((cookie) => cookie.startsWith('authjs.session-token='))) throw new Error(`signing in as ${email} failed (${response.status})`);
  return cookies.join('; ');
}

type Stream = { request: http.ClientRequest; seen: Map<string, number> };

// Counts down the streams still to receive the change being timed.
let waiting: { number: string; left: number; done: () => void } | undefined;

/** Opens one SSE stream and resolves once its `hello` arrives; notes when each ticket event lands. */
function openStream(port: number, cookie: string): Promise<Stream> {
  return new Promise((resolve, reject) => {
    const seen = new Map<string, number>();
    const request = http.get({ host: '127.0.0.1', port, path: '/api/live', headers: { cookie, accept: 'text/event-stream' }, agent: false }, (response) => {
      if (response.statusCode !== 200) return reject(new Error(`GET /api/live answered ${response.statusCode}`));
      response.setEncoding('utf8');
      let buffer = '';
      response.on('data', (chunk: string) => {
        const at = performance.now();
        buffer += chunk;
        let end;
        while ((end = buffer.indexOf('\n\n')) !== -1) {
          const frame = buffer.slice(0, end);
          buffer = buffer.slice(end + 2);
          if (frame.includes('event: hello')) resolve({ request, seen });
          const data = /^data: (.*)$/m.exec(frame)?.[1];
          if (!frame.includes('event: ticket') || !data) continue;
          const { number } = JSON.parse(data) as { number: string };
          seen.set(number, at);
          if (waiting?.number === number && --waiting.left === 0) waiting.done();
        }
      });
    });
    request.on('error', reject);
  });
}

function rssKb(pid: number): number {
  const match = /^VmRSS:\s+(\d+) kB$/m.exec(readFileSync(`/proc/${pid}/status`, 'utf8'));
  if (!match) throw new Error(`no VmRSS for ${pid}`);
  return Number(match[1]);
}

function percentile(sorted: number[], p: number): number {
  return sorted[Math.min(sorted.length - 1, Math.ceil((p / 100) * sorted.length) - 1)]!;
}

function summary(times: number[]): [string, string, string] {
  const sorted = [...times].sort((a, b) => a - b);
  return [percentile(sorted, 50), percentile(sorted, 95), sorted.at(-1)!].map((ms) => ms.toFixed(1)) as [string, string, string];
}

async function deskTimes(origin: string, cookie: string): Promise<number[]> {
  const times: number[] = [];
  for (let i = 0; i < DESK_RUNS + 10; i += 1) {
    const started = performance.now();
    const response = await fetch(`${origin}/desk`, { headers: { cookie }, redirect: 'manual' });
    const body = await response.text();
    if (response.status !== 200 || !body.includes('data-testid="queue-table"')) throw new Error(`/desk answered ${response.status}`);
    // The first ten warm up and are not counted.
    if (i >= 10) times.push(performance.now() - started);
  }
  return times;
}

async function main() {
  if (!existsSync(path.join(root, '.next', 'BUILD_ID'))) throw new Error('No production build: run `npm run build` first.');
  const databaseUrl = await freshDatabase(postgresServer());
  const env: NodeJS.ProcessEnv = {
    ...process.env,
    DATABASE_URL: databaseUrl,
    DEMO_DATA: 'true',
    AUTH_SECRET: randomBytes(32).toString('base64url'),
    AUTH_TRUST_HOST: 'true',
    TRUSTED_PROXIES: 'loopback',
    // Many sign-ins and tickets from one address; the limits are not what is measured.
    RATE_LIMIT_SIGNIN_PER_IP: '100000',
    RATE_LIMIT_SIGNIN_PER_EMAIL: '100000',
    RATE_LIMIT_SIGNIN_DELAY_AFTER: '100000',
    RATE_LIMIT_CONTACT_PER_IP: '100000',
    RATE_LIMIT_CONTACT_PER_EMAIL: '100000',
    LOG_LEVEL: 'warn',
    NEXT_TELEMETRY_DISABLED: '1',
    // Room for every stream measured, whatever the default per instance.
    LIVE_MAX_STREAMS: String(Math.max(readEnv('LIVE_MAX_STREAMS'), STREAMS + 10)),
  };
  await run(['--import', 'tsx', 'scripts/prepare-db.ts'], env);

  const perUser = readEnv('LIVE_MAX_STREAMS_PER_USER', env);
  const accounts = Math.ceil(STREAMS / perUser);
  const sql = postgres(databaseUrl, { max: 1, onnotice: () => {} });
  await sql`
    insert into users (email, name, password_hash, role, staff_status, status_changed_at, created_at, updated_at)
    select format('live-agent%s@bench.example.com', g), 'Live agent ' || g, ${await hashPassword(PASSWORD)}, 'agent', 'approved', now(), now(), now()
    from generate_series(1, ${accounts}::int) g`;
  await sql.end();

  const [portA, portB] = [await freePort(), await freePort()];
  const [, b] = await Promise.all([startInstance(portA, env), startInstance(portB, env)]);
  const originA = `http://127.0.0.1:${portA}`;
  const originB = `http://127.0.0.1:${portB}`;
  const cookieA = await signIn(originA, 'live-agent1@bench.example.com');
  const cookies: string[] = [];
  for (let i = 1; i <= accounts; i += 1) cookies.push(await signIn(originB, `live-agent${i}@bench.example.com`));

  const deskIdle = await deskTimes(originB, cookies[0]!);
  await deskTimes(originA, cookieA);
  // One stream opened and closed first, so the hub's LISTEN and the route's code are loaded.
  (await openStream(portB, cookies[0]!)).request.destroy();
  await new Promise((resolve) => setTimeout(resolve, 1000));
  const rssBefore = rssKb(b.pid!);
  const streams: Stream[] = [];
  for (let i = 0; i < STREAMS; i += 1) streams.push(await openStream(portB, cookies[Math.floor(i / perUser)]!));
  await new Promise((resolve) => setTimeout(resolve, 1000));
  const rssAfter = rssKb(b.pid!);

  // One change at a time, the next once every stream has the last: the delay of one change, not
  // of a queue of them (back to back, the fan-out on two cores falls behind and the queue is timed).
  const answered = new Map<string, number>();
  for (let i = 0; i < CHANGES; i += 1) {
    const response = await fetch(`${originA}/api/v1/tickets`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', 'x-forwarded-for': `198.51.100.${1 + (i % 250)}` },
      body: JSON.stringify({ name: 'Ada Lovelace', email: `ada${i}@example.test`, subject: `Parcel ${i} has not arrived`, message: 'I ordered a lamp two weeks ago and it still has not arrived.', category: 'order-delivery' }),
    });
    const body = (await response.json()) as { ticket?: { number: string } };
    const at = performance.now();
    if (response.status !== 201 || !body.ticket) throw new Error(`POST /api/v1/tickets answered ${response.status}: ${JSON.stringify(body)}`);
    answered.set(body.ticket.number, at);
    const { number } = body.ticket;
    const left = streams.filter((stream) => !stream.seen.has(number)).length;
    // Bounded, so a lost event is counted as missing below instead of hanging the run.
    let timer: NodeJS.Timeout | undefined;
    if (left) await new Promise<void>((resolve) => {
      waiting = { number, left, done: resolve };
      timer = setTimeout(resolve, 10_000);
    });
    clearTimeout(timer);
    waiting = undefined;
  }
  const delays: number[] = [];
  let missing = 0;
  for (const stream of streams) {
    for (const [number, at] of answered) {
      const arrived = stream.seen.get(number);
      if (arrived === undefined) missing += 1;
      else delays.push(arrived - at);
    }
  }
  const firstStream = [...answered].map(([number, at]) => streams[0]!.seen.get(number)! - at);

  const deskOpen = await deskTimes(originB, cookies[0]!);
  for (const stream of streams) stream.request.destroy();

  const perStream = ((rssAfter - rssBefore) / STREAMS).toFixed(1);
  console.log(`\nTwo instances (ports ${portA}, ${portB}) on one PostgreSQL; ${STREAMS} idle streams on B over ${accounts} staff accounts.\n`);
  console.log('| Measure | Value |\n| --- | ---: |');
  console.log(`| B RSS before / after ${STREAMS} streams | ${(rssBefore / 1024).toFixed(0)} MB / ${(rssAfter / 1024).toFixed(0)} MB |`);
  console.log(`| Memory per stream | ${perStream} kB |`);
  const [d50, d95, dmax] = summary(delays);
  console.log(`| Commit on A → event on B, all streams (${delays.length} deliveries, ${missing} missing), p50 / p95 / max | ${d50} / ${d95} / ${dmax} ms |`);
  const [f50, f95, fmax] = summary(firstStream);
  console.log(`| Commit on A → event on B's first stream (${CHANGES} changes), p50 / p95 / max | ${f50} / ${f95} / ${fmax} ms |`);
  const [i50, i95, imax] = summary(deskIdle);
  const [o50, o95, omax] = summary(deskOpen);
  console.log(`| GET /desk on B, no streams (${DESK_RUNS} sequential), p50 / p95 / max | ${i50} / ${i95} / ${imax} ms |`);
  console.log(`| GET /desk on B, ${STREAMS} streams open, p50 / p95 / max | ${o50} / ${o95} / ${omax} ms |`);
  if (missing) process.exitCode = 1;
}

main()
  .catch((error: unknown) => {
    console.error(error);
    process.exitCode = 1;
  })
  .finally(async () => {
    for (const cleanup of cleanups.reverse()) await Promise.resolve(cleanup()).catch((error: unknown) => console.error(error));
  });
