import { randomInt } from 'node:crypto';
import type { Page } from '@playwright/test';
import { expect, test } from './fixtures';
import { expectAccessible, uniqueEmail } from './helpers';
import { expectNoSideways, signUpCustomer } from './portal-helpers';

async function createTicket(page: Page, values: { subject: string; description: string; category?: string; priority?: string }) {
  await page.goto('/portal/tickets/new');
  await page.getByLabel('Subject').fill(values.subject);
  await page.getByLabel('Category').selectOption({ label: values.category ?? 'Technical' });
  if (values.priority) await page.getByLabel('Priority').selectOption({ label: values.priority });
  await page.getByLabel('Description').fill(values.description);
  await page.getByRole('button', { name: 'Send request' }).click();
  await expect(page.getByTestId('notice')).toHaveText(/We have your request/);
  return (await page.getByTestId('ticket-number').textContent()) ?? '';
}

test.describe('the customer portal', () => {
  test('a customer opens a ticket, finds it, replies, resolves and rates it, then follows it up @phone', async ({ page }) => {
    // A dozen page loads in one flow: longer than one test's budget on a busy machine.
    test.slow();
    const word = `zebra${randomInt(1_000_000)}`;
    await signUpCustomer(page, 'Rosalind Franklin', uniqueEmail('rosalind'));
    await expect(page.getByText('You have no tickets yet.')).toBeVisible();
    await expectAccessible(page);

    await page.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: 'My tickets' }).click();
    await page.getByRole('main').getByRole('link', { name: 'New request' }).click();
    await expect(page).toHaveURL(/\/portal\/tickets\/new$/);
    await expect(page.getByRole('heading', { level: 1, name: 'New request' })).toBeVisible();
    await expect(page.getByLabel('Priority').locator('option')).toHaveText([/^Low/, /^Medium/, /^High/]);
    await expectAccessible(page);
    await page.getByRole('button', { name: 'Send request' }).click();
    await expect(page.getByTestId('error-summary')).toBeFocused();
    await expect(page.getByTestId('error-subject')).toHaveText('Enter a subject.');
    await expect(page.getByTestId('error-message')).toHaveText('Enter a description.');

    const number = await createTicket(page, {
      subject: `Scanner shows ${word}`,
      description: 'The scanner app shows a striped pattern on every page it scans.',
      priority: 'High — I cannot work or order',
    });
    expect(number).toMatch(/^HD-\d{8}-\d{4,}$/);
    await expectAccessible(page);
    await expectNoSideways(page);

    await page.getByRole('link', { name: '← My tickets' }).click();
    const row = page.getByRole('listitem').filter({ hasText: number });
    await expect(row).toContainText(`Scanner shows ${word}`);
    await expect(row).toContainText('Open');
    await expect(row).toContainText('High');
    await expect(row).toContainText('You: The scanner app shows a striped pattern');
    await expectNoSideways(page);

    await page.getByLabel('Search your tickets').fill(word);
    await page.getByRole('button', { name: 'Search' }).click();
    await expect(page.getByRole('list', { name: 'Your tickets' }).getByRole('listitem')).toHaveCount(1);
    await page.getByLabel('Search your tickets').fill(`nothing${word}`);
    await page.getByRole('button', { name: 'Search' }).click();
    await expect(page.getByText('No tickets match.')).toBeVisible();
    await page.getByRole('link', { name: 'Resolved', exact: true }).click();
    await expect(page).toHaveURL(/status=resolved/);
    await page.goto('/portal/tickets');
    await page.getByRole('link', { name: `Scanner shows ${word}` }).click();

    await page.getByLabel('Your reply').fill('It happens with the USB cable too.');
    await page.getByRole('button', { name: 'Send reply' }).click();
    await expect(page.getByTestId('notice')).toHaveText('Your reply was sent.');
    await expect(page.getByRole('list', { name: 'Conversation' })).toContainText('It happens with the USB cable too.');

    await page.getByRole('button', { name: 'This is solved' }).click();
    await expect(page.getByTestId('notice')).toHaveText(/Marked as solved/);
    await page.getByRole('group', { name: 'How would you rate the help you got?' }).getByRole('radio', { name: /5/ }).check();
    await page.getByRole('button', { name: 'Send rating' }).click();
    await expect(page.getByTestId('rating-summary')).toContainText('You rated this 5 out of 5');
    await expect(page.getByText('Rated 5 out of 5')).toBeVisible();
    await expectAccessible(page);

    await page.getByRole('link', { name: 'Open a follow-up' }).click();
    await expect(page.getByRole('heading', { level: 1, name: 'Open a follow-up' })).toBeVisible();
    await expect(page.getByLabel('Subject')).toHaveValue(`Follow-up: Scanner shows ${word}`);
    await page.getByLabel('Description').fill('The stripes are back after the latest update.');
    await page.getByRole('button', { name: 'Send request' }).click();
    await expect(page.getByTestId('notice')).toHaveText(/We have your request/);
    await expect(page.getByTestId('parent-ticket')).toContainText(number);
    const followUp = (await page.getByTestId('ticket-number').textContent()) ?? '';
    await page.getByTestId('parent-ticket').getByRole('link', { name: number }).click();
    await expect(page.getByTestId('follow-ups')).toContainText(followUp);
  });

  test('another customer’s ticket answers 404, staff get 404, and a visitor is asked to sign in', async ({ pageAs, page }) => {
    await signUpCustomer(page, 'Barbara McClintock', uniqueEmail('barbara'));
    const number = await createTicket(page, { subject: 'Corn maze tickets', description: 'Can I change the date of my booking?', category: 'Billing' });

    const otherPage = await pageAs('visitor');
    await signUpCustomer(otherPage, 'Chien-Shiung Wu', uniqueEmail('wu'));
    expect((await otherPage.goto(`/portal/tickets/${number}`))?.status()).toBe(404);
    expect((await otherPage.goto(`/portal/tickets/new?followUp=${number}`))?.status()).toBe(404);
    await otherPage.goto('/portal/tickets');
    await expect(otherPage.getByText('You have no tickets yet.')).toBeVisible();

    const staffPage = await pageAs('agent');
    expect((await staffPage.goto('/portal/tickets'))?.status()).toBe(404);
    expect((await staffPage.goto(`/portal/tickets/${number}`))?.status()).toBe(404);

    const visitorPage = await pageAs('visitor');
    await visitorPage.goto(`/portal/tickets/${number}`);
    await expect(visitorPage).toHaveURL(/\/sign-in\?callbackUrl=%2Fportal%2Ftickets%2FHD-/);
  });
});

test.describe('the portal without JavaScript', () => {
  test.use({ javaScriptEnabled: false });

  test('a customer opens a ticket, replies and rates it with plain forms', async ({ page }) => {
    const email = uniqueEmail('ada');
    // Sign-up needs no script either; the customer lands on their empty list.
    await signUpCustomer(page, 'Ada Yonath', email);
    await page.goto('/portal/tickets/new');
    await page.getByLabel('Subject').fill('Crystal clear?');
    await page.getByRole('button', { name: 'Send request' }).click();
    await expect(page.getByTestId('error-summary')).toBeVisible();
    await expect(page.getByTestId('error-category')).toHaveText('Choose a category.');
    await expect(page.getByLabel('Subject')).toHaveValue('Crystal clear?');
    await page.getByLabel('Category').selectOption({ label: 'Account' });
    await page.getByLabel('Description').fill('Please change the name on my account.');
    await page.getByRole('button', { name: 'Send request' }).click();
    await expect(page.getByTestId('notice')).toHaveText(/We have your request/);

    await page.getByLabel('Your reply').fill('My new name is in the attachment.');
    await page.getByRole('button', { name: 'Send reply' }).click();
    await expect(page.getByTestId('notice')).toHaveText('Your reply was sent.');
    await page.getByRole('button', { name: 'This is solved' }).click();
    await page.getByRole('button', { name: 'Send rating' }).click();
    await expect(page.getByTestId('error-rating')).toHaveText('Choose a rating from 1 to 5.');
    await page.getByRole('radio', { name: /4/ }).check();
    await page.getByRole('button', { name: 'Send rating' }).click();
    await expect(page.getByTestId('rating-summary')).toContainText('You rated this 4 out of 5');
  });
});
