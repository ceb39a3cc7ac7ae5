import { expect, test } from './fixtures';
import { expectAccessible, uniqueEmail } from './helpers';
import { signUpCustomer } from './portal-helpers';
import { latestMailLink } from './support/mail-links';

// Each test signs out or changes a password, so each uses a customer of its own.

test('a customer who forgot their password gets a link by mail, sets a new one and signs in with it', async ({ page }) => {
  const email = uniqueEmail('forgetful');
  await signUpCustomer(page, 'Katherine Johnson', email, 'the-first-password');
  await page.getByRole('button', { name: 'Sign out' }).click();

  await page.goto('/sign-in');
  await page.getByRole('link', { name: 'Forgot your password?' }).click();
  await expectAccessible(page);
  await page.getByLabel('Email').fill(email);
  await page.getByRole('button', { name: 'Send me a reset link' }).click();
  await expect(page.getByTestId('reset-sent')).toContainText('If an account uses that address');

  const link = await latestMailLink(email, 'password_reset');
  await page.goto(link);
  await expectAccessible(page);
  await page.getByLabel('New password').fill('the-second-password');
  await page.getByRole('button', { name: 'Set new password' }).click();
  await expect(page.getByTestId('password-reset-done')).toBeVisible();

  await page.getByLabel('Email').fill(email);
  await page.getByLabel('Password').fill('the-second-password');
  await page.getByRole('button', { name: 'Sign in' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'My tickets' })).toBeVisible();

  // The link worked once.
  await page.goto(link);
  await expect(page.getByRole('heading', { name: 'This link does not work any more' })).toBeVisible();
});

test('a session cookie copied before sign-out stops working after it', async ({ page, browser }) => {
  await signUpCustomer(page, 'Dorothy Vaughan', uniqueEmail('copied'));
  const copied = await page.context().storageState();
  await page.getByRole('button', { name: 'Sign out' }).click();
  await expect(page.getByRole('link', { name: 'Create account' })).toBeVisible();

  const other = await browser.newContext({ storageState: copied });
  try {
    const stolen = await other.newPage();
    await stolen.goto('/portal/tickets');
    await expect(stolen).toHaveURL(/\/sign-in/);
  } finally {
    await other.close();
  }
});

test('the security page lists this browser’s session and offers the password change', async ({ page }) => {
  await signUpCustomer(page, 'Mary Jackson', uniqueEmail('sessions'));
  await page.getByRole('link', { name: 'Security' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Security' })).toBeVisible();
  await expect(page.getByTestId('session-list').getByText('This browser')).toBeVisible();
  await expect(page.getByText('You are signed in on this browser only.')).toBeVisible();
  await expect(page.getByRole('form', { name: 'Change password' })).toBeVisible();
  await expectAccessible(page);
});
