import { randomInt } from 'node:crypto';
import type { Page } from '@playwright/test';
import { expectAccessible, uniqueEmail } from './helpers';
import { expect, test } from './fixtures';
import { sendRequest } from './live-helpers';

const conversation = (page: Page) => page.getByRole('list', { name: 'Conversation' });
const composer = (page: Page) => page.getByRole('form', { name: 'Reply or note' });
const timelineItems = (page: Page, text: string) => page.getByTestId('timeline').getByRole('listitem').filter({ hasText: text });

test.describe('the ticket workspace composer', () => {
  test('sends a reply and resolves in one action: the customer sees the reply, the ticket is resolved, one event each', async ({ page: customer, pageAs }) => {
    const { number, path } = await sendRequest(customer, `Humming dynamo ${randomInt(1_000_000)}`);
    const agent = await pageAs('agent');
    await agent.goto(`/desk/tickets/${number}`);
    await expect(composer(agent).getByTestId('composer-recipient')).toContainText('To: Ada Byron');
    await expectAccessible(agent);

    const reply = 'The dynamo bearing was replaced; it runs quietly now.';
    await agent.getByLabel('Message').fill(reply);
    await agent.getByRole('button', { name: 'Send and resolve' }).click();
    const notice = agent.getByTestId('desk-notice');
    await expect(notice).toHaveText('Reply sent; the ticket is now resolved.');
    // Focus goes to what changed, not to the top of the page.
    await expect(agent.locator('#desk-notice')).toBeFocused();
    await expect(conversation(agent)).toContainText(reply);
    await expect(timelineItems(agent, 'replied')).toHaveCount(1);
    await expect(timelineItems(agent, 'changed the status')).toHaveCount(1);
    await expect(timelineItems(agent, 'changed the status')).toContainText('Resolved');

    await customer.goto(path);
    await expect(customer.getByText(reply)).toBeVisible();
    await expect(customer.getByText('Resolved').first()).toBeVisible();
  });

  test('keeps note mode after a note is sent, saying plainly that only staff see it', async ({ page: customer, pageAs }) => {
    const { number } = await sendRequest(customer, `Flickering lamp ${randomInt(1_000_000)}`);
    const agent = await pageAs('agent');
    await agent.goto(`/desk/tickets/${number}`);
    await composer(agent).getByLabel(/Internal note/).check();
    await expect(composer(agent).getByText('Internal note — only staff see this')).toBeVisible();
    await expect(composer(agent).getByText(/^To:/)).toBeHidden();
    await agent.getByLabel('Message').fill('Supplier says the batch was faulty.');
    await agent.getByRole('button', { name: 'Add internal note', exact: true }).click();
    await expect(agent.getByTestId('desk-notice')).toHaveText('Internal note added.');
    await expect(agent).toHaveURL(/mode=note/);

    // The next message is a note too, until the agent switches.
    await expect(composer(agent).getByLabel(/Internal note/)).toBeChecked();
    await expect(composer(agent).getByText('Internal note — only staff see this')).toBeVisible();
    await expect(agent.getByRole('button', { name: 'Add internal note', exact: true })).toBeVisible();
    await expectAccessible(agent);
    await agent.screenshot({ path: test.info().outputPath('ticket-note-mode.png'), fullPage: true });
  });

  test('r and n put the cursor in the composer in reply or note mode, and keys typed in it stay text', async ({ page: customer, pageAs }) => {
    const { number } = await sendRequest(customer, `Squeaky hinge ${randomInt(1_000_000)}`);
    const agent = await pageAs('agent');
    await agent.goto(`/desk/tickets/${number}`);
    const message = agent.getByLabel('Message');
    await expect(agent.getByRole('button', { name: 'Send reply', exact: true })).toBeVisible();

    await agent.locator('body').press('n');
    await expect(message).toBeFocused();
    await expect(composer(agent).getByLabel(/Internal note/)).toBeChecked();
    await message.pressSequentially('rn');
    await expect(message).toHaveValue('rn');
    await expect(composer(agent).getByLabel(/Internal note/)).toBeChecked();

    await message.blur();
    await agent.locator('body').press('r');
    await expect(message).toBeFocused();
    await expect(composer(agent).getByLabel(/Reply to customer/)).toBeChecked();
    await expect(composer(agent).getByText(/^To:/)).toBeVisible();

    await message.blur();
    await agent.locator('body').press('s');
    await expect(agent.locator('#status-to')).toBeFocused();
  });

  test('steps to the next ticket of the queue the agent came from with ]', async ({ page, pageAs }) => {
    const subject = `Queue walk ${randomInt(1_000_000)}`;
    // One requester's tickets make a queue that tickets of other tests cannot join.
    const email = uniqueEmail('walk');
    const first = await sendRequest(page, `${subject} one`, email);
    const second = await sendRequest(page, `${subject} two`, email);
    const agent = await pageAs('agent');
    await agent.goto(`/desk?${new URLSearchParams({ view: 'unassigned', sort: 'created', requester: email })}`);
    await agent.getByRole('link', { name: `${subject} two` }).first().click();
    await expect(agent).toHaveURL(new RegExp(`${second.number}\\?from=`));
    await agent.locator('body').press(']');
    await expect(agent).toHaveURL(new RegExp(`${first.number}\\?from=`));
    await expect(agent.getByTestId('previous-ticket')).toBeVisible();
  });
});

test.describe('on a phone', () => {
  test.use({ viewport: { width: 390, height: 844 } });

  test('the work panel comes before the composer', async ({ page, pageAs }) => {
    const { number } = await sendRequest(page, `Phone layout ${randomInt(1_000_000)}`);
    const agent = await pageAs('agent', { viewport: { width: 390, height: 844 } });
    await agent.goto(`/desk/tickets/${number}`);
    const work = await agent.getByRole('heading', { name: 'Work on it' }).boundingBox();
    const form = await composer(agent).boundingBox();
    expect(work && form && work.y < form.y).toBe(true);
    await agent.screenshot({ path: test.info().outputPath('ticket-phone.png'), fullPage: true });
  });
});
