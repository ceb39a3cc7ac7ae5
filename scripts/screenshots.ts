// Usage: BENCH_ORIGIN=http://127.0.0.1:3000 npx tsx scripts/screenshots.ts
// Against a running server with the demo data: the README's screenshots of the staff pages and
// the home page, at a laptop's and a phone's width, into public/screenshots/.
import { existsSync } from 'node:fs';
import { chromium, type Page } from '@playwright/test';
import { demoAccounts } from '@/scripts/seed/demo-accounts';

const origin = process.env.BENCH_ORIGIN ?? 'http://127.0.0.1:3000';
const sizes = [
  { suffix: '', viewport: { width: 1280, height: 800 } },
  { suffix: '-phone', viewport: { width: 390, height: 844 } },
];

async function signIn(page: Page, email: string) {
  const account = demoAccounts.find((candidate) => candidate.email === email)!;
  const request = page.context().request;
  const { csrfToken } = (await (await request.get(`${origin}/api/auth/csrf`)).json()) as { csrfToken: string };
  await request.post(`${origin}/api/auth/callback/credentials`, { form: { csrfToken, email, password: account.password, callbackUrl: '/' }, maxRedirects: 0 });
}

async function main() {
  const debian = '/usr/bin/chromium';
  const browser = await chromium.launch(existsSync(debian) ? { executablePath: debian, args: ['--no-sandbox', '--disable-gpu', '--disable-dev-shm-usage'] } : {});
  try {
    for (const { suffix, viewport } of sizes) {
      const context = await browser.newContext({ viewport, deviceScaleFactor: 1 });
      const page = await context.newPage();
      await page.goto(`${origin}/`);
      await page.screenshot({ path: `public/screenshots/home${suffix}.png` });
      await signIn(page, 'admin@deskline.test');
      await page.goto(`${origin}/desk`);
      await page.screenshot({ path: `public/screenshots/desk${suffix}.png` });
      const first = await page.locator('[data-queue-link]:visible').first().getAttribute('href');
      if (first) {
        await page.goto(`${origin}${first}`);
        await page.screenshot({ path: `public/screenshots/ticket${suffix}.png` });
      }
      await page.goto(`${origin}/admin/tickets`);
      await page.screenshot({ path: `public/screenshots/admin-tickets${suffix}.png` });
      await context.close();
    }
  } finally {
    await browser.close();
  }
}

main().catch((error: unknown) => {
  console.error(error);
  process.exit(1);
});
