import { randomInt } from 'node:crypto';
import type { Page } from '@playwright/test';
import { expect, test } from './fixtures';
import { expectAccessible, fillContactForm, uniqueEmail } from './helpers';
import { addNotification, canActAsAgent, expectNoSideways, resolveAsAgent, signUpCustomer } from './portal-helpers';

const bell = (page: Page) => page.getByTestId('notification-bell');

test.describe('notifications', () => {
  // Writing a notification from the test needs a database a second process may share.
  test.skip(() => !canActAsAgent(), 'needs the end-to-end server on PostgreSQL');

  test('a customer sees the unread count, opens an entry, and marks the rest read @phone', async ({ page, pageAs }) => {
    // A dozen page loads in one flow: longer than one test's budget on a busy machine.
    test.slow();
    const email = uniqueEmail('rosalind');
    await signUpCustomer(page, 'Rosalind Franklin', email);
    await expect(bell(page)).toHaveAccessibleName('Notifications');
    await expect(page.getByTestId('notification-count')).toHaveCount(0);

    addNotification(email, 'Daniel changed the status of HD-20261203-0001', '/portal/tickets', 30);
    addNotification(email, 'Daniel replied on HD-20261203-0002', '/portal/tickets', 20);
    const newest = addNotification(email, 'Priya replied on HD-20261203-0003', '/help', 10);
    await page.reload();
    await expect(bell(page)).toHaveAccessibleName('Notifications, 3 unread');
    await expect(page.getByTestId('notification-count')).toHaveText('3');

    await bell(page).click();
    await expect(page).toHaveURL(/\/notifications$/);
    await expect(page.getByRole('heading', { level: 1, name: 'Notifications' })).toBeVisible();
    const list = page.getByRole('list', { name: 'Notifications' });
    await expect(list.getByRole('listitem')).toHaveCount(3);
    await expect(list.getByRole('link').first()).toHaveAccessibleName('Unread: Priya replied on HD-20261203-0003');
    await expectAccessible(page);
    await expectNoSideways(page);

    // Following an entry lands on its page and counts it read.
    await list.getByRole('link', { name: /Priya replied/ }).click();
    await expect(page).toHaveURL(/\/help$/);
    await expect(bell(page)).toHaveAccessibleName('Notifications, 2 unread');

    await bell(page).click();
    await expect(list.getByRole('link', { name: 'Priya replied on HD-20261203-0003' })).toBeVisible();
    await list.getByRole('button', { name: 'Mark read: Daniel replied on HD-20261203-0002' }).click();
    await expect(bell(page)).toHaveAccessibleName('Notifications, 1 unread');
    await expect(list.getByRole('button', { name: /Mark read/ })).toHaveCount(1);

    await page.getByRole('button', { name: 'Mark all as read' }).click();
    await expect(page.getByTestId('notice')).toHaveText('All notifications are marked read.');
    await expect(bell(page)).toHaveAccessibleName('Notifications');
    await expect(page.getByTestId('notification-count')).toHaveCount(0);
    await expect(list.getByRole('listitem')).toHaveCount(3);

    await page.getByRole('link', { name: 'Unread', exact: true }).click();
    await expect(page.getByTestId('no-notifications')).toContainText('You are all caught up.');
    await expectAccessible(page);

    // Someone else's entry is no entry at all; a visitor is asked to sign in first.
    const other = await pageAs('customer');
    await other.goto(`/notifications/${newest}/open`);
    await expect(other).toHaveURL(/\/notifications\?done=missing$/);
    await expect(other.getByTestId('notice')).toHaveText('That notification is no longer there.');
    const visitor = await pageAs('visitor');
    await visitor.goto('/notifications');
    await expect(visitor).toHaveURL(/\/sign-in\?callbackUrl=%2Fnotifications/);
  });

  test('a link that would leave the app leads back to the list', async ({ page }) => {
    const email = uniqueEmail('grace');
    await signUpCustomer(page, 'Grace Hopper', email);
    addNotification(email, 'A strange entry', '//evil.test/phish');
    await page.goto('/notifications');
    await page.getByRole('link', { name: 'Unread: A strange entry' }).click();
    await expect(page).toHaveURL(/\/notifications$/);
    await expect(bell(page)).toHaveAccessibleName('Notifications');
  });

  test.describe('without JavaScript', () => {
    test.use({ javaScriptEnabled: false });

    test('marks one and then all read with plain forms', async ({ page }) => {
      const email = uniqueEmail('barbara');
      await signUpCustomer(page, 'Barbara Liskov', email);
      addNotification(email, 'First news', '/portal/tickets', 5);
      addNotification(email, 'Second news', '/portal/tickets', 1);
      await page.goto('/notifications');
      await page.getByRole('button', { name: 'Mark read: Second news' }).click();
      await expect(bell(page)).toHaveAccessibleName('Notifications, 1 unread');
      await page.getByRole('button', { name: 'Mark all as read' }).click();
      await expect(page.getByTestId('notice')).toHaveText('All notifications are marked read.');
      await expect(bell(page)).toHaveAccessibleName('Notifications');
    });
  });
});

test.describe('rating links from the resolved mail', () => {
  const rating = (page: Page) => page.getByRole('group', { name: 'How would you rate the help you got?' });

  test('?rate=4 opens the portal ticket with 4 chosen, and nothing is saved until the form is sent', async ({ page }) => {
    await signUpCustomer(page, 'Katherine Johnson', uniqueEmail('katherine'));
    await page.goto('/portal/tickets/new');
    await page.getByLabel('Subject').fill(`Orbit maths ${randomInt(1_000_000)}`);
    await page.getByLabel('Category').selectOption({ label: 'Account' });
    await page.getByLabel('Description').fill('Please check the figures on my invoice.');
    await page.getByRole('button', { name: 'Send request' }).click();
    await expect(page.getByTestId('notice')).toHaveText(/We have your request/);
    const number = (await page.getByTestId('ticket-number').textContent()) ?? '';
    if (canActAsAgent()) resolveAsAgent(number, 'The figures are corrected.');
    else await page.getByRole('button', { name: 'This is solved' }).click();

    // What a mail scanner does: follow every link. None of them rates.
    for (const score of [1, 2, 3, 4, 5]) expect((await page.request.get(`/portal/tickets/${number}?rate=${score}`)).ok()).toBe(true);

    await page.goto(`/portal/tickets/${number}?rate=4`);
    const four = rating(page).getByRole('radio', { name: /4/ });
    await expect(four).toBeChecked();
    await expect(four).toBeFocused();
    await expectAccessible(page);

    await page.goto(`/portal/tickets/${number}`);
    await expect(rating(page).getByRole('radio', { checked: true })).toHaveCount(0);
    await expect(page.getByTestId('rating-summary')).toHaveCount(0);
    await page.goto(`/portal/tickets/${number}?rate=9`);
    await expect(rating(page).getByRole('radio', { checked: true })).toHaveCount(0);

    await page.goto(`/portal/tickets/${number}?rate=4`);
    await expect(rating(page).getByRole('radio', { name: /4/ })).toBeChecked();
    await page.getByRole('button', { name: 'Send rating' }).click();
    await expect(page.getByTestId('rating-summary')).toContainText('You rated this 4 out of 5');
  });

  test('?rate=2 opens the private link with 2 chosen', async ({ page }) => {
    await page.goto('/contact');
    await fillContactForm(page, { name: 'Mary Jackson', email: uniqueEmail('mary'), subject: 'Wind tunnel booking', message: 'Can I move my booking to Friday?' });
    await page.getByRole('button', { name: 'Send request' }).click();
    const path = new URL(await page.getByTestId('tracking-link').inputValue()).pathname;
    await page.goto(path);
    await page.getByRole('button', { name: 'This is solved' }).click();
    await expect(page.getByTestId('notice')).toHaveText(/Marked as solved/);

    for (const score of [1, 2, 3, 4, 5]) expect((await page.request.get(`${path}?rate=${score}`)).ok()).toBe(true);
    await page.goto(`${path}?rate=2`);
    await expect(rating(page).getByRole('radio', { name: /2/ })).toBeChecked();
    await page.reload();
    await expect(page.getByTestId('rating-summary')).toHaveCount(0);
    await page.goto(path);
    await expect(rating(page).getByRole('radio', { checked: true })).toHaveCount(0);
    await page.goto(`${path}?rate=2`);
    await page.getByRole('button', { name: 'Send rating' }).click();
    await expect(page.getByTestId('rating-summary')).toContainText('You rated this 2 out of 5');
  });
});
