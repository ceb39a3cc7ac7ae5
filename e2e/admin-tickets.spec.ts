import { readFile } from 'node:fs/promises';
import { randomBytes } from 'node:crypto';
import type { Page } from '@playwright/test';
import { demoUsers, expect, test } from './fixtures';
import { expectAccessible, fillContactForm, uniqueEmail } from './helpers';

const agent = demoUsers.agent;

async function openTicket(page: Page, subject: string, email: string): Promise<string> {
  await page.goto('/contact');
  await fillContactForm(page, { name: 'Mary Somerville', email, subject, message: 'The label printer stopped feeding labels this morning.' });
  await page.getByRole('button', { name: 'Send request' }).click();
  const number = page.getByTestId('ticket-number');
  await expect(number).toHaveText(/^HD-\d{8}-\d{4,}$/);
  return (await number.textContent()) ?? '';
}

const shots = (name: string) => `test-results/screenshots/${name}`;

test('an admin reassigns, archives and restores a ticket, then exports the filtered list', async ({ page, pageAs }) => {
  // A dozen page loads in one flow: longer than one test's budget on a busy machine.
  test.slow();
  const email = uniqueEmail('oversight');
  const word = `ocelot${randomBytes(3).toString('hex')}`;
  const first = await openTicket(page, `Printer ${word} one`, email);
  const second = await openTicket(page, `Printer ${word} two`, email);
  await openTicket(page, `Printer ${word} elsewhere`, uniqueEmail('other'));

  const admin = await pageAs('admin', { acceptDownloads: true });
  await admin.goto('/admin');
  await admin.getByRole('navigation', { name: 'Admin' }).getByRole('link', { name: 'Tickets' }).click();
  await admin.getByLabel('Requester email').fill(email);
  await admin.getByRole('button', { name: 'Apply filters' }).click();
  await expect(admin.locator('[data-queue-row]')).toHaveCount(2);
  await expectAccessible(admin);
  await admin.setViewportSize({ width: 1280, height: 900 });
  await admin.screenshot({ path: shots('admin-tickets-1280.png'), fullPage: true });
  await admin.setViewportSize({ width: 390, height: 844 });
  await admin.screenshot({ path: shots('admin-tickets-390.png'), fullPage: true });
  await admin.setViewportSize({ width: 1280, height: 900 });

  await admin.locator(`[data-number="${first}"] [data-queue-link]`).click();
  await expect(admin.getByTestId('ticket-header')).toContainText(first);
  await admin.getByLabel('Reassign to').selectOption({ label: agent.name });
  await admin.getByRole('button', { name: 'Reassign' }).click();
  await expect(admin.getByTestId('admin-notice')).toHaveText('The ticket has a new assignee.');
  await expect(admin.getByTestId('assignee')).toContainText(`Assignee: ${agent.name}`);
  await expectAccessible(admin);
  await admin.screenshot({ path: shots('admin-ticket-1280.png'), fullPage: true });
  await admin.setViewportSize({ width: 390, height: 844 });
  await admin.screenshot({ path: shots('admin-ticket-390.png'), fullPage: true });
  await admin.setViewportSize({ width: 1280, height: 900 });

  await admin.getByRole('button', { name: 'Archive' }).click();
  await expect(admin.getByTestId('admin-notice')).toHaveText('The ticket is archived.');
  await admin.goto(`/admin/tickets?requester=${encodeURIComponent(email)}`);
  await expect(admin.locator('[data-queue-row]')).toHaveCount(1);
  await admin.goto(`/admin/tickets/${first}`);
  await admin.getByRole('button', { name: 'Restore from the archive' }).click();
  await expect(admin.getByTestId('admin-notice')).toHaveText('The ticket is back in its queue.');
  await expect(admin.getByTestId('ticket-header')).toContainText('In progress');

  await admin.goto(`/admin/tickets?requester=${encodeURIComponent(email)}&assignee=none`);
  await expect(admin.locator('[data-queue-row]')).toHaveCount(1);
  const [download] = await Promise.all([admin.waitForEvent('download'), admin.getByTestId('export-filtered').click()]);
  expect(download.suggestedFilename()).toMatch(/^deskline-tickets-\d{4}-\d{2}-\d{2}\.csv$/);
  const csv = (await readFile((await download.path())!, 'utf8')).replace(/^\uFEFF/, '');
  const [header, ...rows] = csv.trimEnd().split('\r\n');
  expect(header).toBe(
    'number,created,updated,requester name,requester email,category,priority,status,assignee,first response at,resolved at,first response time (minutes),resolution time (minutes),rating,archived,tags',
  );
  expect(rows).toHaveLength(1);
  expect(rows[0]).toMatch(new RegExp(`^${second},.*,Mary Somerville,${email},Technical,medium,open,,.*,no,$`));
});

test('an admin deletes a ticket only once its number is typed back, and the audit log keeps it', async ({ page, pageAs }) => {
  const number = await openTicket(page, 'Please remove this', uniqueEmail('delete'));
  const admin = await pageAs('admin', { acceptDownloads: true });
  await admin.goto(`/admin/tickets/${number}`);
  await admin.getByLabel(`Type ${number} to confirm`).fill('HD-19990101-0001');
  await admin.getByRole('button', { name: 'Delete ticket' }).click();
  await expect(admin.getByTestId('action-error')).toContainText('Type the ticket number exactly');
  await admin.getByLabel(`Type ${number} to confirm`).fill(number);
  await admin.getByRole('button', { name: 'Delete ticket' }).click();
  await expect(admin.getByTestId('admin-notice')).toContainText(`${number} is deleted`);
  expect((await admin.goto(`/admin/tickets/${number}`))?.status()).toBe(404);
  await admin.goto(`/admin/audit?ticket=${number}`);
  await expect(admin.getByTestId('audit-entry').filter({ hasText: 'Ticket deleted' })).toContainText(number);
});

test('the admin list and its export are for admins only', async ({ page, pageAs }) => {
  const anonymous = await page.request.get('/admin/tickets/export.csv', { maxRedirects: 0 });
  expect([401, 302, 307]).toContain(anonymous.status());
  const desk = await pageAs('agent');
  expect((await desk.goto('/admin/tickets'))?.status()).toBe(404);
  expect((await desk.request.get('/admin/tickets/export.csv')).status()).toBe(404);
});
