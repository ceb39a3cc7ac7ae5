import { randomBytes } from 'node:crypto';
import { expect, test } from './fixtures';
import { expectAccessible, fillContactForm, uniqueEmail } from './helpers';

test('an agent tags a ticket, filters the queue by the tag, and an admin renames it', async ({ pageAs }) => {
  test.slow();
  const tag = `crate-${randomBytes(3).toString('hex')}`;
  const visitor = await pageAs('visitor');
  await visitor.goto('/contact');
  await fillContactForm(visitor, { name: 'Mary Somerville', email: uniqueEmail('tags'), subject: `Crate ${tag} arrived open`, message: 'The crate was open on arrival and two items are missing.' });
  await visitor.getByRole('button', { name: 'Send request' }).click();
  await expect(visitor.getByTestId('ticket-number')).toHaveText(/^HD-\d{8}-\d{4,}$/);
  const number = (await visitor.getByTestId('ticket-number').textContent()) ?? '';

  const agent = await pageAs('agent');
  await agent.goto(`/desk/tickets/${number}`);
  await agent.getByRole('combobox', { name: 'Add a tag' }).fill(` ${tag} `);
  await agent.getByRole('form', { name: 'Add a tag' }).getByRole('button', { name: 'Add' }).click();
  await expect(agent.getByTestId('desk-notice')).toHaveText('Tag added.');
  await expect(agent.getByTestId('ticket-tags')).toHaveText(new RegExp(tag));
  await expect(agent.getByTestId('timeline')).toContainText(`added a tag: ${tag}`);
  await expectAccessible(agent);
  await agent.screenshot({ path: 'test-results/tags-ticket-1280.png', fullPage: true });

  await agent.goto('/desk');
  await agent.getByLabel('Tag', { exact: true }).fill(tag.toUpperCase());
  await agent.getByRole('button', { name: 'Apply filters' }).click();
  await expect(agent).toHaveURL(new RegExp(`tag=${tag.toUpperCase()}`));
  const rows = agent.getByTestId('queue-table').locator('tbody tr');
  await expect(rows).toHaveCount(1);
  await expect(rows.first()).toContainText(number);
  await expect(rows.first().getByTestId('row-tag')).toHaveText(`Tag: ${tag}`);
  await expectAccessible(agent);
  await agent.setViewportSize({ width: 390, height: 844 });
  await agent.screenshot({ path: 'test-results/tags-queue-390.png', fullPage: true });

  const admin = await pageAs('admin');
  await admin.goto('/admin/tags');
  // Each row's merge menu names the other tags, so a row is found by its own ticket link.
  const row = admin.getByTestId('tag-row').filter({ has: admin.getByRole('link', { name: new RegExp(`tagged ${tag}$`) }) });
  await expect(row).toContainText('1 ticket');
  await row.getByLabel('New name').fill(`${tag}-renamed`);
  await row.getByRole('button', { name: `Rename ${tag}` }).click();
  await expect(admin.getByTestId('admin-notice')).toHaveText(`Renamed: ${tag}-renamed.`);
  await expectAccessible(admin);
  await admin.screenshot({ path: 'test-results/tags-admin-1280.png', fullPage: true });

  await agent.goto(`/desk/tickets/${number}`);
  await expect(agent.getByTestId('ticket-tags')).toHaveText(new RegExp(`${tag}-renamed`));
  await agent.screenshot({ path: 'test-results/tags-ticket-390.png', fullPage: true });
});
