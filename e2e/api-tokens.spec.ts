import { randomUUID } from 'node:crypto';
import type { APIRequestContext, Locator, Page } from '@playwright/test';
import { expect, test } from './fixtures';
import { expectAccessible } from './helpers';

const signedOut = { cookies: [], origins: [] };

const tokenRow = (page: Page, name: string): Locator => page.getByTestId('token-row').filter({ hasText: name });

async function createToken(page: Page, name: string, access: 'Read only' | 'Read and write', expiry: string) {
  await page.getByLabel('Name', { exact: true }).fill(name);
  await page.getByRole('radio', { name: new RegExp(`^${access}`) }).check();
  await page.getByLabel('Expires after').selectOption({ label: expiry });
  await page.getByRole('button', { name: 'Create token' }).click();
  await expect(page.getByTestId('new-token')).toContainText(name);
  return page.getByTestId('new-token-value').inputValue();
}

async function revoke(page: Page, name: string) {
  const row = tokenRow(page, name);
  await row.getByText('Revoke…').click();
  await row.getByRole('button', { name: `Revoke token ${name}` }).click();
  await expect(page.getByTestId('tokens-notice')).toContainText('The token is revoked');
  await expect(tokenRow(page, name)).toContainText('Revoked');
}

test.describe('personal access tokens', () => {
  let api: APIRequestContext;
  test.beforeEach(async ({ playwright }, testInfo) => {
    // A client of its own without any cookie: only the bearer token says who calls.
    api = await playwright.request.newContext({ baseURL: testInfo.project.use.baseURL, storageState: signedOut });
  });
  test.afterEach(async () => api.dispose());

  test('an agent creates a read-only token, calls the API with it, and revokes it @phone', async ({ pageAs }) => {
    const page = await pageAs('agent');
    await page.goto('/settings/account');
    await page.getByRole('navigation', { name: 'Settings' }).getByRole('link', { name: 'API tokens' }).click();
    await expect(page.getByRole('heading', { level: 1, name: 'API tokens' })).toBeVisible();
    await expect(page.getByRole('link', { name: 'API reference' })).toHaveAttribute('href', '/api/docs');
    await expect(page.getByRole('link', { name: '/api/v1/openapi.json' })).toHaveAttribute('href', '/api/v1/openapi.json');
    await expectAccessible(page);

    const name = `Desk report ${randomUUID().slice(0, 8)}`;
    const token = await createToken(page, name, 'Read only', '30 days');
    expect(token).toMatch(/^dl_pat_[A-Za-z0-9_-]{49}$/);
    await expect(page.getByTestId('new-token')).toContainText('You will not see it again');
    await expect(page.getByTestId('new-token')).toBeFocused();
    const row = tokenRow(page, name);
    await expect(row).toContainText('Active');
    await expect(row).toContainText('Read only');
    await expect(row).toContainText(token.slice(0, 11));
    await expect(row.getByText('Last used').locator('..')).toContainText('Never');
    await expect(page.getByLabel('Name', { exact: true })).toHaveValue('');
    await expectAccessible(page);

    const headers = { authorization: `Bearer ${token}`, 'x-forwarded-for': '198.51.100.23' };
    const list = await api.get('/api/v1/tickets', { headers });
    expect(list.status()).toBe(200);
    expect(Array.isArray((await list.json()).data)).toBe(true);

    const write = await api.post('/api/v1/tickets', {
      headers,
      data: { name: 'Desk report', email: 'report@example.test', subject: 'A ticket a read token may not open', message: 'This should be refused.', category: 'technical' },
    });
    expect(write.status()).toBe(403);
    expect((await write.json()).error.code).toBe('forbidden');

    // Shown once: after a reload only the prefix is left, with the last use.
    await page.reload();
    await expect(page.getByTestId('new-token')).toHaveCount(0);
    await expect(page.getByText(token)).toHaveCount(0);
    await expect(tokenRow(page, name)).toContainText('from 198.51.100.23');

    await revoke(page, name);
    await expect(tokenRow(page, name).getByText('Revoke…')).toHaveCount(0);
    const refused = await api.get('/api/v1/tickets', { headers });
    expect(refused.status()).toBe(401);
    expect((await refused.json()).error.code).toBe('unauthorized');
    await expectAccessible(page);
  });

  test('a customer creates and revokes a token without JavaScript, with field errors from the server', async ({ pageAs }) => {
    const page = await pageAs('customer2', { javaScriptEnabled: false });
    await page.goto('/settings/tokens');
    await page.getByRole('button', { name: 'Create token' }).click();
    await expect(page.getByTestId('error-summary')).toBeVisible();
    await expect(page.getByTestId('error-name')).toHaveText('Give the token a name.');

    const name = `Sync script ${randomUUID().slice(0, 8)}`;
    const token = await createToken(page, name, 'Read and write', 'Never');
    await expect(page.getByTestId('new-token')).toContainText('It never expires.');
    await expect(tokenRow(page, name)).toContainText('Read and write');
    const headers = { authorization: `Bearer ${token}` };
    expect((await api.get('/api/v1/tickets', { headers })).status()).toBe(200);

    await revoke(page, name);
    expect((await api.get('/api/v1/tickets', { headers })).status()).toBe(401);
  });

  test('visitors are sent to sign in', async ({ pageAs }) => {
    const visitor = await pageAs('visitor');
    await visitor.goto('/settings/tokens');
    await expect(visitor).toHaveURL(/\/sign-in\?callbackUrl=%2Fsettings%2Ftokens/);
  });
});
