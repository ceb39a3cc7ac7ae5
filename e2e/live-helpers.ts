import { expect, type Page } from '@playwright/test';
import { fillContactForm, uniqueEmail } from './helpers';

/** Sends the contact form as a visitor and returns the ticket number and its private link's path. */
export async function sendRequest(page: Page, subject: string, email = uniqueEmail('ada')) {
  await page.goto('/contact');
  await fillContactForm(page, { name: 'Ada Byron', email, subject, message: 'The engine stops halfway through a calculation.' });
  await page.getByRole('button', { name: 'Send request' }).click();
  await expect(page.getByRole('heading', { name: 'We have your request' })).toBeVisible();
  const number = (await page.getByTestId('ticket-number').textContent()) ?? '';
  const link = await page.getByTestId('tracking-link').inputValue();
  return { number, path: new URL(link).pathname };
}

/** The visitor answers on their private link's page. */
export async function replyByLink(page: Page, path: string, text: string) {
  await page.goto(path);
  await page.getByLabel('Your reply').fill(text);
  await page.getByRole('button', { name: 'Send reply' }).click();
  await expect(page.getByTestId('notice')).toHaveText('Your reply was sent.');
}

/** Opens `path` and resolves once its live stream has answered, so no event after this is missed. */
export async function gotoLive(page: Page, path: string) {
  const stream = page.waitForResponse((response) => new URL(response.url()).pathname === '/api/live' && response.status() === 200);
  await page.goto(path);
  await stream;
}
