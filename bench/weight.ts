// Usage: BENCH_ORIGIN=http://127.0.0.1:3000 npm run bench:weight [-- /path …]
// Against a running `next start` seeded with the demo data (npm run db:seed, or the e2e server),
// loads each page in headless Chromium with an empty cache, signed in where the page needs it,
// and sums what the page transferred: JavaScript (compressed, as sent) and everything.
import { existsSync } from 'node:fs';
import { type Browser, chromium, type Page } from '@playwright/test';
import { demoAccounts } from '@/scripts/seed/demo-accounts';

const origin = process.env.BENCH_ORIGIN ?? 'http://127.0.0.1:3000';

type Target = { path: string; as: string | null; jsLimitKb?: number };

const defaults: Target[] = [
  { path: '/', as: null },
  { path: '/contact', as: null, jsLimitKb: 90 },
  { path: '/help', as: null },
  { path: '/portal/tickets', as: 'customer@deskline.test' },
  { path: '/desk', as: 'agent@deskline.test', jsLimitKb: 120 },
  { path: '/admin/tickets', as: 'admin@deskline.test' },
];

function targetsFromArgs(): Target[] {
  const paths = process.argv.slice(2).filter((arg) => arg.startsWith('/'));
  if (paths.length === 0) return defaults;
  return paths.map((path) => defaults.find((target) => target.path === path) ?? { path, as: null });
}

function launch(): Promise<Browser> {
  const debian = '/usr/bin/chromium';
  return chromium.launch(
    existsSync(debian) ? { executablePath: debian, args: ['--no-sandbox', '--disable-gpu', '--disable-dev-shm-usage', '--no-first-run'] } : {},
  );
}

/** Signs in through Auth.js's credentials endpoint, as the sign-in form does; the cookies stay in the context. */
async function signIn(page: Page, email: string): Promise<void> {
  const account = demoAccounts.find((candidate) => candidate.email === email);
  if (!account) throw new Error(`${email} is not a demo account`);
  const request = page.context().request;
  const { csrfToken } = (await (await request.get(`${origin}/api/auth/csrf`)).json()) as { csrfToken: string };
  await request.post(`${origin}/api/auth/callback/credentials`, {
    form: { csrfToken, email, password: account.password, callbackUrl: '/' },
    maxRedirects: 0,
  });
  const session = (await (await request.get(`${origin}/api/auth/session`)).json()) as { user?: { email?: string } } | null;
  if (session?.user?.email !== email) throw new Error(`signing in as ${email} failed`);
}

type Weight = { js: number; total: number; scripts: number; requests: number };

async function weigh(browser: Browser, target: Target): Promise<Weight> {
  const context = await browser.newContext({ viewport: { width: 1280, height: 800 } });
  const page = await context.newPage();
  if (target.as) await signIn(page, target.as);
  const responses: Array<Promise<{ script: boolean; bytes: number }>> = [];
  page.on('requestfinished', (request) => {
    responses.push(
      request.sizes().then((sizes) => ({
        script: request.resourceType() === 'script',
        // What went over the wire for the body: compressed where the server compressed it.
        bytes: sizes.responseBodySize + sizes.responseHeadersSize,
      })),
    );
  });
  const response = await page.goto(`${origin}${target.path}`, { waitUntil: 'load' });
  if (!response || response.status() !== 200) throw new Error(`${target.path} answered ${response?.status()}`);
  if (new URL(page.url()).pathname !== target.path) throw new Error(`${target.path} redirected to ${page.url()}`);
  // Scripts that load after the load event (chunks fetched on hydration) count too.
  await page.waitForLoadState('networkidle');
  const done = await Promise.all(responses);
  await context.close();
  const scripts = done.filter((entry) => entry.script);
  return {
    js: scripts.reduce((sum, entry) => sum + entry.bytes, 0),
    total: done.reduce((sum, entry) => sum + entry.bytes, 0),
    scripts: scripts.length,
    requests: done.length,
  };
}

const kb = (bytes: number) => (bytes / 1024).toFixed(1);

async function main() {
  const browser = await launch();
  const rows: string[][] = [];
  let over = 0;
  try {
    for (const target of targetsFromArgs()) {
      const weight = await weigh(browser, target);
      const within = target.jsLimitKb === undefined ? '' : weight.js / 1024 <= target.jsLimitKb ? 'ok' : 'OVER';
      if (within === 'OVER') over += 1;
      rows.push([
        target.path,
        target.as ? target.as.split('@')[0]! : 'visitor',
        kb(weight.js),
        String(weight.scripts),
        kb(weight.total),
        String(weight.requests),
        target.jsLimitKb === undefined ? '' : `≤ ${target.jsLimitKb}`,
        within,
      ]);
    }
  } finally {
    await browser.close();
  }
  const header = ['page', 'as', 'JS kB', 'scripts', 'total kB', 'requests', 'JS target', ''];
  const widths = header.map((title, i) => Math.max(title.length, ...rows.map((row) => row[i]!.length)));
  const line = (cells: string[]) => cells.map((cell, i) => (i >= 2 && i <= 5 ? cell.padStart(widths[i]!) : cell.padEnd(widths[i]!))).join('  ');
  console.log(`Page weight at ${origin} (bytes as transferred, compressed where the server compresses)`);
  console.log(line(header));
  for (const row of rows) console.log(line(row));
  if (over > 0) process.exitCode = 1;
}

main().catch((error: unknown) => {
  console.error(error);
  process.exit(1);
});
