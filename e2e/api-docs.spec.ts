import { expect, test } from '@playwright/test';

test.describe('the API reference at /api/docs', () => {
  test('renders this server’s operations under the site’s script policy, loading nothing from elsewhere', async ({ page, baseURL }) => {
    const problems: string[] = [];
    const elsewhere: string[] = [];
    page.on('console', (message) => {
      if (message.type() === 'error' && !/favicon/.test(message.location().url)) problems.push(message.text());
    });
    page.on('pageerror', (error) => problems.push(error.message));
    page.on('request', (request) => {
      const url = request.url();
      if (!url.startsWith(baseURL ?? '') && !/^(data|blob):/.test(url)) elsewhere.push(url);
    });

    const response = await page.goto('/api/docs');
    expect(response?.status()).toBe(200);
    const policy = response?.headers()['content-security-policy'] ?? '';
    const nonce = /'nonce-([^']+)'/.exec(policy)?.[1];
    expect(nonce).toBeTruthy();
    await expect(page).toHaveTitle('Deskline API');
    // A 5 MB script to fetch and run on the first visit: give it time on a busy machine.
    await expect(page.getByRole('heading', { name: 'Deskline API', level: 1 })).toBeVisible({ timeout: 60_000 });

    // The operations, grouped by the document's tags, each with a summary from the document.
    const tickets = page.getByRole('heading', { name: 'Tickets', exact: true });
    await expect(tickets).toBeVisible();
    await page.goto('/api/docs#tag/tickets/POST/api/v1/tickets');
    await expect(page.getByRole('heading', { name: 'Open a ticket' })).toBeVisible({ timeout: 30_000 });
    await expect(page.getByText('"Parcel arrived damaged"').first()).toBeVisible();

    expect(problems).toEqual([]);
    expect(elsewhere).toEqual([]);
  });

  test('serves its script from here, versioned and kept for good', async ({ request }) => {
    const html = await (await request.get('/api/docs')).text();
    const src = /<script src="([^"]+)"/.exec(html)?.[1];
    expect(src).toMatch(/^\/api\/docs\/reference\.js\?v=\d+\.\d+\.\d+$/);
    const script = await request.get(src ?? '');
    expect(script.status()).toBe(200);
    expect(script.headers()['content-type']).toBe('text/javascript; charset=utf-8');
    expect(script.headers()['cache-control']).toBe('public, max-age=31536000, immutable');
  });
});
