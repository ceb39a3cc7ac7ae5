import { randomUUID } from 'node:crypto';
import { expect, test } from './fixtures';
import { fillContactForm, uniqueEmail } from './helpers';
import { signUpAgent } from './portal-helpers';

test.use({ role: 'admin' });

test('suspending an agent returns the ticket they held to the unassigned queue, and the admin is told', async ({ page, pageAs }) => {
  const name = `Dorothy Hodgkin ${randomUUID().slice(0, 6)}`;
  const agent = await pageAs('visitor');
  await signUpAgent(agent, name, uniqueEmail('held'));

  await page.goto('/admin/agents');
  await page.getByTestId('staff-row').filter({ hasText: name }).getByRole('button', { name: `Approve ${name}` }).click();
  await expect(page.getByTestId('admin-notice')).toContainText('approved');

  const visitor = await pageAs('visitor');
  await visitor.goto('/contact');
  await fillContactForm(visitor, { name: 'Ada Lovelace', email: uniqueEmail('ada'), subject: `Held ticket ${randomUUID().slice(0, 6)}`, message: 'Who holds this one?' });
  await visitor.getByRole('button', { name: 'Send request' }).click();
  const number = ((await visitor.getByTestId('ticket-number').textContent()) ?? '').trim();

  await agent.goto(`/desk/tickets/${number}`);
  await agent.getByRole('button', { name: 'Assign to me' }).click();
  await expect(agent.getByRole('button', { name: 'Assign to me' })).toHaveCount(0);

  await page.goto('/admin/agents');
  const row = page.getByTestId('staff-row').filter({ hasText: name });
  await row.getByText('Suspend…').click();
  await row.getByRole('button', { name: 'Suspend access' }).click();
  await expect(page.getByTestId('admin-notice')).toHaveText(`${name} suspended; they lose access on their next click. 1 open ticket they held is back in the unassigned queue.`);

  await page.goto(`/desk?view=unassigned&q=${number}`);
  await expect(page.getByRole('link', { name: new RegExp(number) }).first()).toBeVisible();
});
