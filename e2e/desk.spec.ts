import { randomBytes } from 'node:crypto';
import type { Page } from '@playwright/test';
import { demoUsers, expect, test } from './fixtures';
import { expectAccessible, fillContactForm, uniqueEmail } from './helpers';
import { signUpCustomer } from './portal-helpers';

const agent = demoUsers.agent;

/** A word no other ticket contains, so a search finds exactly this test's tickets. */
const uniqueWord = () => `quasar${randomBytes(4).toString('hex')}`;

async function openTicket(page: Page, subject: string, email = uniqueEmail('requester')): Promise<string> {
  await page.goto('/contact');
  // A signed-in customer's email is their account's and cannot be edited.
  if (await page.getByLabel('Email').isEditable()) {
    await fillContactForm(page, { name: 'Mary Somerville', email, subject, message: 'The label printer stopped feeding labels this morning.' });
  } else {
    await page.getByLabel('Category').selectOption({ label: 'Technical' });
    await page.getByLabel('Subject').fill(subject);
    await page.getByLabel('Message').fill('The label printer stopped feeding labels this morning.');
  }
  await page.getByRole('button', { name: 'Send request' }).click();
  const number = page.getByTestId('ticket-number');
  await expect(number).toHaveText(/^HD-\d{8}-\d{4,}$/);
  return (await number.textContent()) ?? '';
}

/** The shortcuts listen once the page has hydrated; the select-all box appears at the same moment. */
async function hydrated(page: Page) {
  await expect(page.getByRole('checkbox', { name: 'Select every ticket on this page' })).toBeVisible();
}

async function expectNoSideways(page: Page) {
  const overflow = await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);
  expect(overflow).toBeLessThanOrEqual(0);
}

test('an agent finds a new request, opens it with the keyboard, claims it, writes a note and a reply, and resolves it', async ({ pageAs }) => {
  // The whole lifecycle in two browsers: a long walk on a loaded machine.
  test.slow();
  // The customer writes in from their account, in a browser of their own.
  const customer = await pageAs('visitor');
  await signUpCustomer(customer, 'Mary Somerville', uniqueEmail('customer'));
  const word = uniqueWord();
  const number = await openTicket(customer, `Printer ${word} stopped feeding`);

  const page = await pageAs('agent');
  await page.goto('/desk');
  await page.getByRole('link', { name: /^Unassigned/ }).click();
  // The filter form belongs to the view: wait for the new view's form before filling it.
  await expect(page.getByRole('link', { name: /^Unassigned/ })).toHaveAttribute('aria-current', 'page');
  await page.getByRole('searchbox', { name: 'Search tickets' }).fill(word);
  await page.getByLabel('Category').selectOption({ label: 'Technical' });
  await page.getByRole('button', { name: 'Apply filters' }).click();
  await expect(page).toHaveURL(new RegExp(`view=unassigned.*q=${word}.*category=technical`));
  const rows = page.getByTestId('queue-table').locator('tbody tr');
  await expect(rows).toHaveCount(1);
  await expect(rows.first()).toContainText(number);
  await expect(rows.first()).toContainText('Needs reply');
  await expectAccessible(page);

  // j highlights the first row, Enter opens it.
  await hydrated(page);
  await page.locator('body').click({ position: { x: 5, y: 5 } });
  await page.keyboard.press('j');
  await expect(rows.first().getByRole('link')).toBeFocused();
  await page.keyboard.press('Enter');
  await expect(page).toHaveURL(new RegExp(`/desk/tickets/${number}(\\?from=[^&]*)?$`));
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(`Printer ${word} stopped feeding`);
  await expectAccessible(page);

  await page.getByRole('button', { name: 'Assign to me' }).click();
  await expect(page.getByTestId('desk-notice')).toHaveText('The ticket is assigned to you.');
  await expect(page.getByTestId('assignee')).toHaveText(`${agent.name} (you)`);

  await page.getByRole('radio', { name: /Internal note/ }).check();
  await page.getByLabel('Message').fill('Firmware 2.1 has a known feed bug; suggest the downgrade.');
  await page.getByRole('button', { name: 'Add internal note' }).click();
  await expect(page.getByTestId('desk-notice')).toHaveText('Internal note added.');
  const note = page.locator('[data-visibility="internal"]');
  await expect(note).toContainText('Internal');
  await expect(note).toContainText('Firmware 2.1');

  await page.getByRole('radio', { name: /Reply to customer/ }).check();
  await page.getByLabel('Message').fill('Please install firmware 2.0 from the downloads page and try again.');
  await page.getByRole('button', { name: 'Send reply' }).click();
  await expect(page.getByTestId('desk-notice')).toHaveText('Reply added; the customer sees it on their ticket.');
  await expect(page.locator('[data-visibility="public"]')).toContainText('firmware 2.0');

  // Only the moves the status machine allows are offered.
  const moveTo = page.getByLabel(/Move to/);
  await expect(moveTo.locator('option')).toHaveText(['Choose a status', 'On hold', 'Waiting on customer', 'Resolved']);
  await moveTo.selectOption({ label: 'Waiting on customer' });
  await page.getByRole('button', { name: 'Move' }).click();
  await expect(page.getByTestId('desk-notice')).toHaveText('Status changed.');
  await expect(page.getByTestId('ticket-header')).toContainText('Waiting on customer');
  await page.getByLabel(/Move to/).selectOption({ label: 'Resolved' });
  await page.getByRole('button', { name: 'Move' }).click();
  await expect(page.getByLabel(/Move to/)).toHaveAccessibleName(/Now resolved/);

  const timeline = page.getByTestId('timeline');
  for (const line of ['opened the ticket', 'assigned the ticket', 'added an internal note', 'replied', 'Waiting on customer → Resolved']) {
    await expect(timeline).toContainText(line);
  }
  await expectAccessible(page);

  // The customer's own browser: the desk is not theirs; their ticket shows the reply, never the
  // note, in the page and in the API's JSON alike.
  const denied = await customer.goto(`/desk/tickets/${number}`);
  expect(denied?.status()).toBe(404);
  await customer.goto(`/portal/tickets/${number}`);
  await expect(customer.getByText('Please install firmware 2.0')).toBeVisible();
  await expect(customer.getByText('Firmware 2.1')).toHaveCount(0);
  expect(await customer.content()).not.toContain('Firmware 2.1');
  const json = await customer.request.get(`/api/v1/tickets/${number}`);
  expect(json.status()).toBe(200);
  const body = await json.text();
  expect(body).toContain('firmware 2.0');
  expect(body).not.toContain('Firmware 2.1');
});

test('the a key claims the highlighted ticket; an agent who was too slow is told who has it', async ({ page: visitor, pageAs }) => {
  const word = uniqueWord();
  const number = await openTicket(visitor, `Scanner ${word} adds characters`);
  const slow = await pageAs('agent2');
  // Live updates would show the claim on this page before the click; this agent's stream is down.
  await slow.route('**/api/live**', (route) => route.abort());
  await slow.goto(`/desk/tickets/${number}`);
  await expect(slow.getByRole('button', { name: 'Assign to me' })).toBeVisible();

  const page = await pageAs('agent');
  await page.goto(`/desk?view=unassigned&q=${word}`);
  await hydrated(page);
  await page.keyboard.press('j');
  await page.keyboard.press('a');
  await expect(page.getByTestId('keyboard-status')).toHaveText(`${number} is assigned to you.`);
  await expect(page.getByTestId('queue-empty')).toBeVisible();

  await slow.getByRole('button', { name: 'Assign to me' }).click();
  await expect(slow.getByTestId('action-error')).toHaveText(`${agent.name} already has this ticket.`);

  // The keys stay out of the way while typing, and ? lists them.
  await page.goto('/desk');
  await hydrated(page);
  await page.keyboard.press('/');
  await expect(page.getByRole('searchbox', { name: 'Search tickets' })).toBeFocused();
  await page.keyboard.type('jak');
  await expect(page.getByRole('searchbox', { name: 'Search tickets' })).toHaveValue('jak');
  await page.locator('body').click({ position: { x: 5, y: 5 } });
  await page.keyboard.press('?');
  const dialog = page.getByRole('dialog', { name: 'Keyboard shortcuts' });
  await expect(dialog).toBeVisible();
  await expect(dialog).toContainText('Assign the highlighted ticket to me');
  await page.keyboard.press('Escape');
  await expect(dialog).toBeHidden();
});

test('bulk actions apply to each selected ticket under the same rules, reporting the ones refused', async ({ page: visitor, pageAs }) => {
  const word = uniqueWord();
  const first = await openTicket(visitor, `Invoice ${word} one`);
  const second = await openTicket(visitor, `Invoice ${word} two`);
  const page = await pageAs('agent');
  await page.goto(`/desk?q=${word}`);
  const table = page.getByTestId('queue-table');
  await table.getByRole('checkbox', { name: `Select ${first}` }).check();
  await table.getByRole('checkbox', { name: `Select ${second}` }).check();
  // An open ticket cannot wait on the customer before anyone has worked on it.
  await page.getByLabel('With the selected tickets').selectOption({ label: 'Waiting on customer' });
  await page.getByRole('button', { name: 'Apply', exact: true }).click();
  const result = page.getByTestId('bulk-result');
  await expect(result).toContainText('Status: Waiting on customer: no ticket changed, 2 tickets refused.');
  await expect(result).toContainText('From open a ticket can move to: in progress, resolved.');

  await page.getByRole('checkbox', { name: 'Select every ticket on this page' }).check();
  await page.getByLabel('With the selected tickets').selectOption({ label: 'Urgent' });
  await page.getByRole('button', { name: 'Apply', exact: true }).click();
  await expect(result).toContainText('Priority: Urgent: done for 2 tickets.');
  await expect(table.locator('tbody tr')).toHaveCount(2);
  await expect(table.locator('tbody tr').filter({ hasText: 'Urgent' })).toHaveCount(2);

  await page.getByRole('checkbox', { name: `Select ${first}` }).first().check();
  await page.getByLabel('With the selected tickets').selectOption({ label: 'Archive' });
  await page.getByRole('button', { name: 'Apply', exact: true }).click();
  await expect(result).toContainText('Archive: done for 1 ticket.');
  await expect(table.locator('tbody tr')).toHaveCount(1);
  await page.getByRole('link', { name: /^Archived/ }).click();
  await expect(page.getByTestId('queue-table').locator('tbody tr')).toHaveText([new RegExp(first)]);
});

test('a pending agent and a customer are refused the desk; only admins see its settings', async ({ pageAs }) => {
  const page = await pageAs('pending');
  await page.goto('/continue');
  await expect(page.getByTestId('application-status')).toHaveText('Waiting for approval');
  for (const path of ['/desk', '/desk?view=closed', '/desk/tickets/HD-20250101-0001', '/desk/settings']) {
    expect((await page.goto(path))?.status(), path).toBe(404);
  }

  const customer = await pageAs('customer');
  expect((await customer.goto('/desk'))?.status()).toBe(404);

  const agentPage = await pageAs('agent');
  expect((await agentPage.goto('/desk/settings'))?.status()).toBe(404);

  const admin = await pageAs('admin');
  await admin.goto('/desk');
  await admin.getByRole('link', { name: 'Settings', exact: true }).click();
  await expect(admin.getByRole('heading', { name: 'Desk settings' })).toBeVisible();
  await expect(admin.getByLabel('Assign new tickets automatically')).not.toBeChecked();
  await admin.getByRole('form', { name: 'Auto-assignment' }).getByRole('button', { name: 'Save' }).click();
  await expect(admin.getByTestId('desk-notice')).toHaveText('Saved. Auto-assignment is off.');
  await expectAccessible(admin);
});

test('the queue and the workspace work without JavaScript', async ({ page, pageAs }) => {
  const word = uniqueWord();
  const number = await openTicket(page, `Receipt printer ${word} prints blank`);
  const noScript = await pageAs('agent', { javaScriptEnabled: false });
  await noScript.goto('/desk');
  await noScript.getByRole('searchbox', { name: 'Search tickets' }).fill(word);
  await noScript.getByLabel('Sort by').selectOption({ label: 'Newest first' });
  await noScript.getByRole('button', { name: 'Search', exact: true }).click();
  await expect(noScript).toHaveURL(new RegExp(`q=${word}.*sort=created`));
  await noScript.getByRole('link', { name: `Receipt printer ${word} prints blank` }).click();

  await noScript.getByRole('button', { name: 'Assign to me' }).click();
  await expect(noScript.getByTestId('desk-notice')).toHaveText('The ticket is assigned to you.');
  await noScript.getByRole('radio', { name: /Internal note/ }).check();
  await noScript.getByLabel('Message').fill('Checked without scripts.');
  await noScript.getByRole('button', { name: 'Send', exact: true }).click();
  await expect(noScript.getByTestId('desk-notice')).toHaveText('Internal note added.');
  await noScript.getByLabel(/Move to/).selectOption({ label: 'Resolved' });
  await noScript.getByRole('button', { name: 'Move' }).click();
  await expect(noScript.getByTestId('ticket-header')).toContainText('Resolved');
  await expect(noScript).toHaveURL(new RegExp(`/desk/tickets/${number}\\?.*done=status`));
});

test('the queue and a ticket fit a phone and pass the accessibility checks @phone', async ({ page: visitor, pageAs }) => {
  const word = uniqueWord();
  const number = await openTicket(visitor, `Cash drawer ${word} will not open`);
  const page = await pageAs('agent');
  await page.goto('/desk');
  await expectAccessible(page);
  await expectNoSideways(page);
  await page.goto(`/desk?q=${word}`);
  await page.locator('[data-queue-link]:visible').first().click();
  await expect(page).toHaveURL(new RegExp(`/desk/tickets/${number}(\\?from=[^&]*)?$`));
  await expectAccessible(page);
  await expectNoSideways(page);
});
