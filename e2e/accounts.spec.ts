import type { Page } from '@playwright/test';
import { demoUsers, expect, test } from './fixtures';
import { expectAccessible, uniqueEmail } from './helpers';
import { canReadOutbox, latestMailLink } from './support/mail-links';

// The one place that signs in through the form; every other spec signs in over HTTP (fixtures.ts).
async function signInThroughForm(page: Page, email: string, password: string) {
  await page.goto('/sign-in');
  await page.getByLabel('Email').fill(email);
  await page.getByLabel('Password').fill(password);
  await page.getByRole('button', { name: 'Sign in' }).click();
}

const admin = demoUsers.admin;

test('a customer signs up, signs out and signs in again @phone', async ({ page }) => {
  test.skip(!canReadOutbox(), 'the confirmation link is read from the outbox, on PostgreSQL only');
  const email = uniqueEmail('customer');
  await page.goto('/sign-up');
  await expectAccessible(page);
  await page.getByLabel('Full name').fill('Mary Jackson');
  await page.getByLabel('Email').fill(email);
  await page.getByLabel('Password').fill('a-long-enough-password');
  await page.getByRole('button', { name: 'Create account' }).click();
  await expect(page.getByTestId('check-email')).toBeVisible();
  await expectAccessible(page);

  // Nothing exists until the link from the mail is opened and confirmed.
  await page.goto(await latestMailLink(email, 'confirm_sign_up'));
  await page.getByRole('button', { name: 'Create my account' }).click();
  await expect(page.getByTestId('account-created')).toBeVisible();
  await signInThroughForm(page, email, 'a-long-enough-password');

  // Customers land on their tickets.
  await expect(page).toHaveURL(/\/portal\/tickets$/);
  await expect(page.getByRole('heading', { name: 'My tickets' })).toBeVisible();
  await page.getByRole('button', { name: 'Sign out' }).click();
  await expect(page.getByRole('heading', { name: 'How can we help?' })).toBeVisible();

  await signInThroughForm(page, email.toUpperCase(), 'a-long-enough-password');
  await expect(page.getByRole('heading', { name: 'My tickets' })).toBeVisible();
  await page.getByRole('link', { name: 'Deskline' }).click();
  await expect(page.getByRole('heading', { name: 'Hello, Mary' })).toBeVisible();

  // A signed-in customer's new requests go through the portal; the contact form is prefilled too.
  await page.getByRole('link', { name: 'New request', exact: true }).click();
  await expect(page).toHaveURL(/\/portal\/tickets\/new$/);
  await page.goto('/contact');
  await expect(page.getByLabel('Your name')).toHaveValue('Mary Jackson');
  await expect(page.getByLabel('Email')).toHaveValue(email);
});

test('signing up with an email that has an account answers as for a new one', async ({ page }) => {
  await page.goto('/sign-up');
  await page.getByLabel('Full name').fill('Not The Owner');
  await page.getByLabel('Email').fill(demoUsers.customer.email);
  await page.getByLabel('Password').fill('a-long-enough-password');
  await page.getByRole('button', { name: 'Create account' }).click();
  await expect(page.getByTestId('check-email')).toBeVisible();
  await expect(page.getByRole('button', { name: 'Sign out' })).toHaveCount(0);
});

test('a wrong password is refused without saying which part was wrong', async ({ page }) => {
  await signInThroughForm(page, admin.email, 'not-the-password');
  await expect(page.getByTestId('error-summary')).toContainText('That email and password do not match an account.');
  await signInThroughForm(page, uniqueEmail('nobody'), 'not-the-password');
  await expect(page.getByTestId('error-summary')).toContainText('That email and password do not match an account.');
});

test('an agent applies and sees the waiting-for-approval page, and not the desk @phone', async ({ page }) => {
  test.skip(!canReadOutbox(), 'the confirmation link is read from the outbox, on PostgreSQL only');
  const email = uniqueEmail('agent');
  await page.goto('/agents/register');
  await expectAccessible(page);
  await page.getByLabel('Full name').fill('Annie Easley');
  await page.getByLabel('Work email').fill(email);
  await page.getByLabel('Phone').fill('+1 216 555 0199');
  await page.getByLabel('Password').fill('a-long-enough-password');
  await page.getByRole('button', { name: 'Apply as an agent' }).click();
  await expect(page.getByTestId('check-email')).toBeVisible();
  await page.goto(await latestMailLink(email, 'confirm_sign_up'));
  await page.getByRole('button', { name: 'Create my account' }).click();
  await expect(page.getByTestId('account-created')).toBeVisible();
  await signInThroughForm(page, email, 'a-long-enough-password');

  await expect(page.getByTestId('application-status')).toHaveText('Waiting for approval');
  await expectAccessible(page);
  const desk = await page.goto('/desk');
  expect(desk?.status()).toBe(404);
});

test('the admin signs in and lands on the desk', async ({ page }) => {
  await signInThroughForm(page, admin.email, admin.password);
  await expect(page).toHaveURL(/\/desk$/);
  await expect(page.getByRole('heading', { name: 'Desk' })).toBeVisible();
  await expect(page.getByTestId('signed-in-as')).toContainText('Admin');
  await expectAccessible(page);
});

test('a signed-out visitor asking for the desk is sent to sign in and back', async ({ page }) => {
  await page.goto('/desk');
  await expect(page).toHaveURL(/\/sign-in\?callbackUrl=%2Fdesk/);
  await page.getByLabel('Email').fill(admin.email);
  await page.getByLabel('Password').fill(admin.password);
  await page.getByRole('button', { name: 'Sign in' }).click();
  await expect(page).toHaveURL(/\/desk$/);
});
