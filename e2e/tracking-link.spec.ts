import { randomInt } from 'node:crypto';
import type { Page } from '@playwright/test';
import { demoUsers, expect, test } from './fixtures';
import { expectAccessible, fillContactForm, uniqueEmail } from './helpers';
import { canActAsAgent, expectNoSideways, resolveAsAgent, signUpCustomer } from './portal-helpers';
import { signInOverHttp } from './support/sign-in-over-http';

/** Sends the contact form as a visitor and returns the private link shown on the thank-you page. */
async function sendRequest(page: Page, values: { email?: string; subject: string }) {
  await page.goto('/contact');
  await fillContactForm(page, {
    name: 'Hedy Lamarr',
    email: values.email ?? uniqueEmail('hedy'),
    subject: values.subject,
    message: 'The radio I ordered hums loudly on every station.',
  });
  await page.getByRole('button', { name: 'Send request' }).click();
  await expect(page.getByRole('heading', { name: 'We have your request' })).toBeVisible();
  const number = (await page.getByTestId('ticket-number').textContent()) ?? '';
  const link = await page.getByTestId('tracking-link').inputValue();
  expect(link).toMatch(/\/t\/[A-Za-z0-9_-]{43}$/);
  return { number, link, path: new URL(link).pathname };
}

test.describe('the private tracking link', () => {
  test('a visitor follows the request by the link, replies, and rates it once it is resolved @phone', async ({ page, pageAs }) => {
    const subject = `Humming radio ${randomInt(1_000_000)}`;
    const { number, path } = await sendRequest(page, { subject });
    await expect(page.getByText('Keep it private')).toBeVisible();
    await expectAccessible(page);

    await page.getByRole('link', { name: 'Open my ticket' }).click();
    await expect(page).toHaveURL(new RegExp(`${path}$`));
    await expect(page.getByRole('heading', { level: 1, name: subject })).toBeVisible();
    await expect(page.getByTestId('ticket-number')).toHaveText(number);
    await expect(page.getByText('Open', { exact: true }).first()).toBeVisible();
    await expectAccessible(page);
    await expectNoSideways(page);

    await page.getByLabel('Your reply').fill('It is order 1042, bought last Tuesday.');
    await page.getByRole('button', { name: 'Send reply' }).click();
    await expect(page.getByTestId('notice')).toHaveText('Your reply was sent.');
    await expect(page.getByRole('list', { name: 'Conversation' })).toContainText('It is order 1042, bought last Tuesday.');

    // The agent sees the reply on the desk.
    const desk = await pageAs('agent');
    await desk.goto(`/desk/tickets/${number}`);
    await expect(desk.getByText('It is order 1042, bought last Tuesday.')).toBeVisible();

    if (canActAsAgent()) {
      // No status control on the desk yet: the agent's reply and resolution go through lib/.
      resolveAsAgent(number, 'A replacement radio is on its way.');
      await page.reload();
      await expect(page.getByRole('list', { name: 'Conversation' })).toContainText('A replacement radio is on its way.');
      await expect(page.getByRole('list', { name: 'Conversation' })).toContainText(demoUsers.agent.name);
    } else {
      // On the embedded database only the server may write, so the visitor resolves it.
      await page.getByRole('button', { name: 'This is solved' }).click();
      await expect(page.getByTestId('notice')).toHaveText(/Marked as solved/);
    }
    await expect(page.getByText('Resolved', { exact: true }).first()).toBeVisible();
    await expect(page.getByRole('button', { name: 'This is solved' })).toHaveCount(0);

    const rating = page.getByRole('group', { name: 'How would you rate the help you got?' });
    await rating.getByRole('radio', { name: /4/ }).check();
    await page.getByLabel('Anything to add?').fill('Friendly and quick.');
    await expectAccessible(page);
    await page.getByRole('button', { name: 'Send rating' }).click();
    await expect(page.getByTestId('notice')).toHaveText('Thank you for your rating.');
    await expect(page.getByTestId('rating-summary')).toContainText('You rated this 4 out of 5');
    await expect(page.getByRole('group', { name: 'How would you rate the help you got?' })).toHaveCount(0);
    await expect(page.getByTestId('closed-ticket')).toContainText('This ticket is closed');
    await expect(page.getByLabel('Your reply')).toHaveCount(0);
    await expectAccessible(page);
    await expectNoSideways(page);
  });

  test('a new link replaces the old one, and wrong links answer 404', async ({ page }) => {
    const { path } = await sendRequest(page, { subject: 'Link I shared by mistake' });
    await page.goto(path);
    await page.getByRole('button', { name: 'Get a new link' }).click();
    await expect(page.getByTestId('notice')).toHaveText(/new private link/);
    const renewed = new URL(page.url()).pathname;
    expect(renewed).toMatch(/^\/t\/[A-Za-z0-9_-]{43}$/);
    expect(renewed).not.toBe(path);
    await expect(page.getByTestId('tracking-link')).toHaveValue(new RegExp(`${renewed}$`));

    expect((await page.goto(path))?.status()).toBe(404);
    expect((await page.goto(renewed))?.status()).toBe(200);
  });

  test('too many wrong links from one address answer 429 with when to try again', async ({ playwright, baseURL }) => {
    const address = `203.0.113.${randomInt(1, 254)}`;
    const api = await playwright.request.newContext({ baseURL, extraHTTPHeaders: { 'x-forwarded-for': address } });
    for (let i = 0; i < 20; i += 1) {
      const response = await api.get(`/t/${'A'.repeat(42)}${i % 10}`);
      expect(response.status()).toBe(404);
    }
    const refused = await api.get(`/t/${'B'.repeat(43)}`);
    expect(refused.status()).toBe(429);
    expect(Number(refused.headers()['retry-after'])).toBeGreaterThan(0);
    expect(await refused.text()).toMatch(/Please try again in \d+ minutes/);
    await api.dispose();
  });

  test('a customer adds a ticket sent without an account to their portal', async ({ page }) => {
    const email = uniqueEmail('lise');
    await signUpCustomer(page, 'Lise Meitner', email);
    await page.getByRole('button', { name: 'Sign out' }).click();
    await expect(page.getByRole('heading', { name: 'How can we help?' })).toBeVisible();
    const { number, path } = await sendRequest(page, { email, subject: 'Sent before I had an account' });

    await page.goto(path);
    await expect(page.getByTestId('attach')).toHaveCount(0);
    await signInOverHttp(page.context().request, { email, password: 'a-long-enough-password' });
    await page.goto('/portal/tickets');
    await expect(page.getByText('You have no tickets yet.')).toBeVisible();
    await page.goto(path);
    await page.getByRole('button', { name: 'Add to my account' }).click();
    await expect(page).toHaveURL(new RegExp(`/portal/tickets/${number}\\?done=attached$`));
    await expect(page.getByTestId('notice')).toContainText('now in your account');
    await page.getByRole('link', { name: '← My tickets' }).click();
    await expect(page.getByRole('link', { name: 'Sent before I had an account' })).toBeVisible();
  });
});

test.describe('the tracking link without JavaScript', () => {
  test.use({ javaScriptEnabled: false });

  test('the link is shown to copy by hand, and replying and resolving work as plain forms', async ({ page }) => {
    const { path } = await sendRequest(page, { subject: 'No JavaScript here' });
    await expect(page.getByRole('button', { name: 'Copy link' })).toHaveCount(0);
    await page.goto(path);
    await page.getByRole('button', { name: 'Send reply' }).click();
    await expect(page.getByTestId('error-summary')).toContainText('Please correct the highlighted fields.');
    await expect(page.getByTestId('error-body')).toHaveText('Write a message.');
    await page.getByLabel('Your reply').fill('Sent from a browser without scripts.');
    await page.getByRole('button', { name: 'Send reply' }).click();
    await expect(page.getByTestId('notice')).toHaveText('Your reply was sent.');
    await page.getByRole('button', { name: 'This is solved' }).click();
    await expect(page.getByTestId('notice')).toHaveText(/Marked as solved/);
    await page.getByRole('radio', { name: /5/ }).check();
    await page.getByRole('button', { name: 'Send rating' }).click();
    await expect(page.getByTestId('rating-summary')).toContainText('You rated this 5 out of 5');
  });
});
