import { randomUUID } from 'node:crypto';
import type { Page } from '@playwright/test';
import { demoUsers, expect, type PageAs, test } from './fixtures';
import { expectAccessible, uniqueEmail } from './helpers';
import { signUpAgent } from './portal-helpers';

// The admin's pages, as the demo admin; the agents they decide on apply in each test.
test.use({ role: 'admin' });

/** Applies as an agent in a browser context of its own, as a separate person would. */
async function applyAsAgent(pageAs: PageAs, name: string): Promise<{ page: Page; email: string }> {
  const page = await pageAs('visitor');
  const email = uniqueEmail('applicant');
  await signUpAgent(page, name, email);
  return { page, email };
}

test('an admin approves a new agent from the queue and the agent can use the desk at once', async ({ pageAs, page }) => {
  const name = `Katherine Johnson ${randomUUID().slice(0, 6)}`;
  const applicant = await applyAsAgent(pageAs, name);
  expect((await applicant.page.goto('/desk'))?.status()).toBe(404);

  await page.goto('/desk');
  await expect(page.getByTestId('pending-applications')).toBeVisible();
  await page.getByRole('navigation', { name: 'Admin' }).getByRole('link', { name: /Agents/ }).click();
  const row = page.getByTestId('staff-row').filter({ hasText: applicant.email });
  await expect(row).toContainText('Pending');
  await expect(row).toContainText('+1 216 555 0142');
  await row.getByRole('button', { name: `Approve ${name}` }).click();
  await expect(page.getByTestId('admin-notice')).toHaveText(`${name} approved; they can use the desk now.`);
  await expect(page.getByRole('region', { name: /Team/ }).getByTestId('staff-row').filter({ hasText: applicant.email })).toContainText('Active');

  await applicant.page.goto('/desk');
  await expect(applicant.page.getByRole('heading', { name: 'Desk' })).toBeVisible();

  // The decision is in the audit log, with who made it.
  await page.goto('/admin/audit?kind=audit.agent_approved');
  await expect(page.getByTestId('audit-entry').filter({ hasText: applicant.email }).first()).toContainText(demoUsers.admin.name);
});

test('an admin rejects an applicant with a reason, which the applicant then reads', async ({ pageAs, page }) => {
  const name = `Rejected Applicant ${randomUUID().slice(0, 6)}`;
  const applicant = await applyAsAgent(pageAs, name);

  await page.goto('/admin/agents');
  // A second tab, opened before the decision, still offers it.
  const stale = await page.context().newPage();
  await stale.goto('/admin/agents');

  const row = page.getByTestId('staff-row').filter({ hasText: applicant.email });
  await row.getByText('Reject…').click();
  await row.getByLabel('Reason').fill('We only hire in the Lisbon office this year.');
  await row.getByRole('button', { name: `Reject application ${name}` }).click();
  await expect(page.getByTestId('admin-notice')).toContainText(`${name} rejected`);

  const staleRow = stale.getByTestId('staff-row').filter({ hasText: applicant.email });
  await staleRow.getByText('Reject…').click();
  await staleRow.getByRole('button', { name: `Reject application ${name}` }).click();
  await expect(staleRow.getByTestId('action-error')).toHaveText('This account is rejected; it cannot be rejected.');

  await applicant.page.reload();
  await expect(applicant.page.getByTestId('application-status')).toHaveText('Application not approved');
  await expect(applicant.page.getByText('We only hire in the Lisbon office this year.')).toBeVisible();
});

test('the statistics page shows figures from the demo data', async ({ page }) => {
  await page.goto('/admin/stats');
  const figure = async (testId: string) => Number((await page.getByTestId(testId).locator('dd').first().innerText()).replace(/,/g, ''));
  expect(await figure('stat-open')).toBeGreaterThan(20);
  expect(await figure('stat-opened')).toBeGreaterThan(20);
  await expect(page.getByTestId('stat-csat').locator('dd').first()).toHaveText(/^[1-5]\.\d \/ 5$/);
  await expect(page.getByTestId('stat-first-response').locator('dd').first()).toHaveText(/\d+ (min|h|d)/);
  await expect(page.getByRole('img', { name: 'Tickets opened and resolved per day' })).toBeVisible();
  await expect(page.getByTestId('agent-stats-row').filter({ hasText: demoUsers.agent.name })).toBeVisible();

  await page.getByRole('link', { name: '7 days' }).click();
  await expect(page).toHaveURL(/days=7/);
  await expect(page.getByRole('heading', { name: 'Last 7 days' })).toBeVisible();
  await page.getByText('Show the numbers as a table').click();
  await expect(page.getByRole('table', { name: /per day/ }).locator('tbody tr')).toHaveCount(7);
});

test('an admin writes, previews, publishes, reorders and deletes an FAQ article', async ({ page }) => {
  const question = `How do I export my data ${randomUUID().slice(0, 6)}?`;
  await page.goto('/admin/faq/new');
  await page.getByRole('button', { name: 'Create article' }).click();
  await expect(page.getByTestId('error-summary')).toBeVisible();
  await page.getByLabel('Question').fill(question);
  await page.getByLabel('Category').selectOption({ label: 'Account' });
  await page.getByLabel('Answer').fill('Open Settings, then Export.\n\nThe file arrives by email.');
  await page.getByRole('button', { name: 'Create article' }).click();

  await expect(page.getByTestId('admin-notice')).toHaveText('Saved.');
  const preview = page.getByRole('region', { name: 'Preview' });
  await expect(preview.getByRole('heading', { name: question })).toBeVisible();
  await expect(preview).toContainText('Draft — not visible to the public');
  await expect(preview.getByText('The file arrives by email.')).toBeVisible();

  await page.getByRole('button', { name: 'Publish now' }).click();
  await expect(preview).toContainText('Published');

  await page.goto('/admin/faq');
  const row = page.getByTestId('faq-row').filter({ hasText: question });
  await row.getByRole('button', { name: `Move up “${question}”` }).click();
  await expect(page.getByTestId('admin-notice')).toContainText(`Moved up: “${question}”`);

  await page.getByTestId('faq-row').filter({ hasText: question }).getByRole('link').click();
  await page.getByText('Delete…').click();
  await page.getByRole('button', { name: 'Delete this article' }).click();
  await expect(page.getByTestId('admin-notice')).toHaveText('Deleted the article.');
  await expect(page.getByTestId('faq-row').filter({ hasText: question })).toHaveCount(0);
});

test('a category added, then deactivated, appears on the contact form and then leaves it', async ({ page }) => {
  const name = `Partnerships ${randomUUID().slice(0, 6)}`;
  await page.goto('/admin/categories');
  await page.getByLabel('Name').fill('Billing');
  await page.getByRole('button', { name: 'Add category' }).click();
  await expect(page.getByTestId('error-name')).toHaveText('A category with this name already exists.');
  await page.getByLabel('Name').fill(name);
  await page.getByRole('button', { name: 'Add category' }).click();
  await expect(page.getByTestId('admin-notice')).toHaveText(`Added: ${name}.`);

  await page.goto('/contact');
  await expect(page.getByLabel('Category').getByRole('option', { name })).toHaveCount(1);

  await page.goto('/admin/categories');
  await page.getByTestId('category-row').filter({ hasText: name }).getByRole('button', { name: `Deactivate ${name}` }).click();
  await expect(page.getByTestId('category-row').filter({ hasText: name })).toContainText('Deactivated');
  await page.goto('/contact');
  await expect(page.getByLabel('Category').getByRole('option', { name })).toHaveCount(0);
});

test('everyone but an approved admin is kept out of the admin area', async ({ pageAs }) => {
  const visitor = await pageAs('visitor');
  await visitor.goto('/admin/agents');
  await expect(visitor).toHaveURL(/\/sign-in\?callbackUrl=%2Fadmin%2Fagents/);

  const agent = await pageAs('agent');
  await agent.goto('/desk');
  await expect(agent.getByRole('heading', { name: 'Desk' })).toBeVisible();
  await expect(agent.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: /^Admin/ })).toHaveCount(0);
  for (const path of ['/admin', '/admin/agents', '/admin/stats', '/admin/audit']) {
    expect((await agent.goto(path))?.status(), path).toBe(404);
  }

  const applicant = await applyAsAgent(pageAs, 'Pending Person');
  expect((await applicant.page.goto('/admin'))?.status()).toBe(404);
});

test('the admin pages pass the accessibility check @phone', async ({ page }) => {
  // Thirteen pages, each scanned in full.
  test.setTimeout(150_000);
  const paths = ['/admin', '/admin/agents', '/admin/users', '/admin/users?q=okafor', '/admin/faq', '/admin/faq/new', '/admin/categories', '/admin/audit', '/admin/stats?days=90'];
  for (const path of paths) {
    await page.goto(path);
    await expectAccessible(page);
  }
  await page.goto('/admin/users?q=okafor');
  await page.getByRole('link', { name: demoUsers.agent.name }).click();
  await expect(page.getByRole('heading', { name: demoUsers.agent.name })).toBeVisible();
  await expectAccessible(page);
  await page.goto('/admin/faq');
  await page.getByTestId('faq-row').first().getByRole('link').click();
  await expect(page.getByRole('heading', { name: 'Edit article' })).toBeVisible();
  await expectAccessible(page);
  await page.goto('/admin/categories');
  await page.getByTestId('category-row').first().getByRole('link', { name: /Rename/ }).click();
  await expectAccessible(page);
  await page.goto('/admin/audit?from=2020-13-01');
  await expect(page.getByRole('alert').filter({ hasText: 'These filters could not be used' })).toBeVisible();
  await expectAccessible(page);
});

test.describe('without JavaScript', () => {
  test.use({ javaScriptEnabled: false });

  test('an admin rejects an applicant, and the last admin is told they cannot step down', async ({ pageAs, page }) => {
    const name = `No Script Applicant ${randomUUID().slice(0, 6)}`;
    const applicant = await applyAsAgent(pageAs, name);
    await page.goto('/admin/agents');
    const row = page.getByTestId('staff-row').filter({ hasText: applicant.email });
    await row.getByText('Reject…').click();
    await row.getByLabel('Reason').fill('Applied twice.');
    await row.getByRole('button', { name: `Reject application ${name}` }).click();
    await expect(page.getByTestId('admin-notice')).toContainText(`${name} rejected`);
    await expect(page.getByRole('region', { name: /Rejected recently/ }).getByTestId('staff-row').filter({ hasText: applicant.email })).toContainText('Applied twice.');

    // The demo has one admin; no other test makes another.
    const self = page.getByTestId('staff-row').filter({ hasText: demoUsers.admin.email });
    await self.getByRole('button', { name: /Step down to agent/ }).click();
    await expect(page.getByTestId('staff-row').filter({ hasText: demoUsers.admin.email }).getByTestId('action-error')).toHaveText(
      'The last active admin cannot be demoted. Promote another admin first.',
    );
    await expect(page.getByTestId('staff-row').filter({ hasText: demoUsers.admin.email })).toContainText('Admin');
  });
});
