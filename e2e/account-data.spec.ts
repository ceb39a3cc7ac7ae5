import { readFile } from 'node:fs/promises';
import { expect, test } from './fixtures';
import { expectAccessible, uniqueEmail } from './helpers';
import { signUpCustomer } from './portal-helpers';

test('a customer exports their data, deletes their account and can no longer sign in; the team keeps the ticket anonymised', async ({ page, pageAs }) => {
  const email = uniqueEmail('leaving');
  const password = 'a-long-enough-password';
  await signUpCustomer(page, 'Dorothy Vaughan', email, password);

  await page.goto('/portal/tickets/new');
  await page.getByLabel('Subject').fill('Delete my account and personal data');
  await page.getByLabel('Category').selectOption({ label: 'Account' });
  await page.getByLabel('Description').fill('I no longer use the service; please delete everything about me.');
  await page.getByRole('button', { name: 'Send request' }).click();
  await expect(page.getByTestId('notice')).toHaveText(/We have your request/);
  const number = ((await page.getByTestId('ticket-number').textContent()) ?? '').trim();
  expect(number).toMatch(/^HD-/);

  await page.getByRole('link', { name: 'Account', exact: true }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Account' })).toBeVisible();
  await expect(page.getByTestId('account-email')).toHaveText(email);
  await expectAccessible(page);

  const downloading = page.waitForEvent('download');
  await page.getByTestId('export-data').click();
  const download = await downloading;
  expect(download.suggestedFilename()).toMatch(/^deskline-data-.+\.json$/);
  const data = JSON.parse(await readFile((await download.path()) ?? '', 'utf8')) as { profile: { email: string }; tickets: Array<{ number: string }> };
  expect(data.profile.email).toBe(email);
  expect(data.tickets.map((ticket) => ticket.number)).toEqual([number]);

  await page.getByLabel('Type the email address to confirm').fill('not-me@example.test');
  await page.getByRole('button', { name: 'Delete my account' }).click();
  await expect(page.getByTestId('error-confirmEmail')).toBeVisible();
  await page.getByLabel('Type the email address to confirm').fill(email);
  await page.getByRole('button', { name: 'Delete my account' }).click();
  await expect(page.getByRole('heading', { name: 'Your account has been deleted' })).toBeVisible();
  await expect(page.getByRole('button', { name: 'Sign out' })).toHaveCount(0);

  await page.goto('/sign-in');
  await page.getByLabel('Email').fill(email);
  await page.getByLabel('Password').fill(password);
  await page.getByRole('button', { name: 'Sign in' }).click();
  await expect(page.getByTestId('error-summary')).toContainText('That email and password do not match an account.');

  const admin = await pageAs('admin');
  await admin.goto(`/desk/tickets/${number}`);
  await expect(admin.getByRole('heading', { name: 'Delete my account and personal data' })).toBeVisible();
  await expect(admin.getByText('Deleted customer').first()).toBeVisible();
  await expect(admin.getByText('Dorothy Vaughan')).toHaveCount(0);
  await expect(admin.getByText(email)).toHaveCount(0);
});

test('an admin downloads a customer’s data and deletes their account from the user page', async ({ page, pageAs }) => {
  const email = uniqueEmail('asked');
  await signUpCustomer(page, 'Mae Jemison', email);

  const admin = await pageAs('admin');
  await admin.goto(`/admin/users?q=${encodeURIComponent(email)}`);
  await admin.getByRole('link', { name: 'Mae Jemison' }).click();
  await expect(admin.getByRole('heading', { name: 'Personal data' })).toBeVisible();
  await expectAccessible(admin);

  const downloading = admin.waitForEvent('download');
  await admin.getByTestId('admin-export-data').click();
  const data = JSON.parse(await readFile((await (await downloading).path()) ?? '', 'utf8')) as { profile: { email: string } };
  expect(data.profile.email).toBe(email);

  await admin.getByLabel('Type the email address to confirm').fill(email);
  await admin.getByRole('button', { name: 'Delete this customer’s account' }).click();
  await expect(admin.getByTestId('admin-notice')).toContainText('The customer’s account is deleted');

  // The customer's own session ends with the account.
  await page.goto('/portal/tickets');
  await expect(page).toHaveURL(/\/sign-in/);
});

test('only the customer downloads their own data, and only an admin anyone’s; staff are told why they cannot delete', async ({ pageAs }) => {
  const visitor = await pageAs('visitor');
  await visitor.goto('/settings/account');
  await expect(visitor).toHaveURL(/\/sign-in\?callbackUrl=%2Fsettings%2Faccount/);

  for (const role of ['pending', 'agent', 'admin'] as const) {
    const staff = await pageAs(role);
    expect((await staff.request.get('/settings/account/export')).status()).toBe(403);
    await staff.goto('/settings/account');
    await expect(staff.getByRole('heading', { name: 'Deleting a staff account' })).toBeVisible();
    await expect(staff.getByRole('button', { name: 'Delete my account' })).toHaveCount(0);
  }

  const customer = await pageAs('customer');
  const own = await customer.request.get('/settings/account/export');
  expect(own.status()).toBe(200);
  expect(own.headers()['content-disposition']).toMatch(/^attachment; filename="deskline-data-/);
  const { profile } = (await own.json()) as { profile: { id: string } };

  const other = await pageAs('customer2');
  expect((await other.request.get(`/admin/users/${profile.id}/export`)).status()).toBe(403);
  const agent = await pageAs('agent');
  expect((await agent.request.get(`/admin/users/${profile.id}/export`)).status()).toBe(403);
  const admin = await pageAs('admin');
  expect((await admin.request.get(`/admin/users/${profile.id}/export`)).status()).toBe(200);
});
