import type { Page } from '@playwright/test';
import { expect, test } from './fixtures';
import { expectAccessible, fillContactForm, uniqueEmail } from './helpers';

/** A visitor sends the contact form; answers the ticket number shown on the thank-you page. */
async function submitContactForm(page: Page, email: string, subject: string): Promise<string> {
  await page.goto('/contact');
  await fillContactForm(page, { name: 'Ada Lovelace', email, subject, message: 'The export button does nothing on the reports page.' });
  await page.getByRole('button', { name: 'Send request' }).click();
  const number = page.getByTestId('ticket-number');
  await expect(number).toHaveText(/^HD-\d{8}-\d{4,}$/);
  return (await number.textContent()) ?? '';
}

/** Opens, in the admin's mail log, the newest mail of this kind to this address: answers its plain text. */
async function openMail(admin: Page, to: string, kind: string): Promise<string> {
  await admin.goto('/admin/mail');
  const row = admin.getByTestId('mail-row').filter({ hasText: to }).filter({ hasText: kind }).first();
  await expect(row).toBeVisible();
  await row.getByRole('link').click();
  await expect(admin.getByRole('heading', { name: 'Delivery and headers' })).toBeVisible();
  const text = admin.getByLabel('The message as plain text');
  await expect(text).not.toBeEmpty();
  return (await text.textContent()) ?? '';
}

test('a visitor’s confirmation is in the mail log with the ticket number and the private link', async ({ page, pageAs }) => {
  const email = uniqueEmail('ada');
  const number = await submitContactForm(page, email, 'Export button does nothing');

  const admin = await pageAs('admin');
  const text = await openMail(admin, email, 'Request received');
  await expect(admin.getByRole('heading', { level: 1 })).toContainText(`[${number}]`);
  expect(text).toContain(number);
  // The private link is in the mail, hidden from staff: whoever holds it acts as the visitor.
  expect(text).toMatch(/https?:\/\/\S+\/t\/…hidden…/);
  // The message's own HTML is shown in a sandboxed frame, which axe cannot enter.
  await expectAccessible(admin, { exclude: 'iframe' });
});

test('an agent’s reply is mailed to the visitor, and the internal note is not', async ({ page, pageAs }) => {
  const email = uniqueEmail('grace');
  const number = await submitContactForm(page, email, 'Invoice PDF is blank');

  const agent = await pageAs('agent');
  await agent.goto(`/desk/tickets/${number}`);
  await agent.getByRole('radio', { name: /Internal note/ }).check();
  await agent.getByLabel('Message').fill('Renderer bug 4412 again; do not mention it to the customer.');
  await agent.getByRole('button', { name: 'Add internal note' }).click();
  await expect(agent.getByTestId('desk-notice')).toHaveText('Internal note added.');
  await agent.getByRole('radio', { name: /Reply to customer/ }).check();
  await agent.getByLabel('Message').fill('Please download the invoice again from the billing page; it is fixed.');
  await agent.getByRole('button', { name: 'Send reply' }).click();
  await expect(agent.locator('[data-visibility="public"]')).toContainText('download the invoice again');

  const admin = await pageAs('admin');
  const text = await openMail(admin, email, 'Reply to requester');
  expect(text).toContain('download the invoice again');
  expect(text).not.toContain('Renderer bug 4412');
  const html = await admin.locator('iframe[title="The message as HTML"]').getAttribute('srcdoc');
  expect(html).toContain('download the invoice again');
  expect(html).not.toContain('Renderer bug 4412');
  expect(text).toMatch(/https?:\/\/\S+\/t\/…hidden…/);
});
