import { expect, test } from './fixtures';
import { expectAccessible } from './helpers';

test.describe('mail settings', () => {
  test('a customer switches reply mail off from the header and finds it saved', async ({ pageAs }) => {
    // customer3: no other spec relies on this person's mail.
    const page = await pageAs('customer3');
    await page.goto('/portal/tickets');
    await page.getByRole('link', { name: 'Mail settings' }).click();
    await expect(page.getByRole('heading', { level: 1, name: 'Mail settings' })).toBeVisible();
    await expectAccessible(page);

    const replies = page.getByRole('checkbox', { name: 'Replies from support' });
    await expect(replies).toBeChecked();
    await expect(replies).toHaveAccessibleDescription(/Each answer from the support team/);
    await expect(page.getByRole('checkbox', { name: 'Ticket assigned to you' })).toHaveCount(0);
    await expect(page.getByText(/password-reset link, is always sent/)).toBeVisible();

    await replies.uncheck();
    await page.getByRole('button', { name: 'Save' }).click();
    await expect(page.getByTestId('settings-notice')).toHaveText('Saved. Your mail settings are up to date.');
    await page.reload();
    await expect(page.getByRole('checkbox', { name: 'Replies from support' })).not.toBeChecked();
    await expect(page.getByRole('checkbox', { name: 'Ticket resolved' })).toBeChecked();

    await page.getByRole('checkbox', { name: 'Replies from support' }).check();
    await page.getByRole('button', { name: 'Save' }).click();
    await expect(page.getByTestId('settings-notice')).toBeVisible();
    await expect(page.getByRole('checkbox', { name: 'Replies from support' })).toBeChecked();
  });

  test('an agent sees the desk’s kinds, with new unassigned tickets off; a visitor is sent to sign in', async ({ pageAs }) => {
    const agent = await pageAs('agent2');
    await agent.goto('/settings/notifications');
    await expect(agent.getByRole('checkbox', { name: 'Ticket assigned to you' })).toBeChecked();
    await expect(agent.getByRole('checkbox', { name: 'Customer replies on your tickets' })).toBeChecked();
    await expect(agent.getByRole('checkbox', { name: 'New unassigned tickets' })).not.toBeChecked();
    await expect(agent.getByRole('checkbox', { name: 'Replies from support' })).toHaveCount(0);
    await expect(agent.getByRole('checkbox', { name: 'Agent applications' })).toHaveCount(0);

    const visitor = await pageAs('visitor');
    await visitor.goto('/settings/notifications');
    await expect(visitor).toHaveURL(/\/sign-in\?callbackUrl=%2Fsettings%2Fnotifications/);
  });
});
