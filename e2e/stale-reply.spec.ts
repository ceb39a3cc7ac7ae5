import { randomInt } from 'node:crypto';
import type { Page } from '@playwright/test';
import { expect, test } from './fixtures';
import { gotoLive, replyByLink, sendRequest } from './live-helpers';

// Agent B's draft must not go out over a customer's message that arrived while B was writing.
// Live updates need PostgreSQL's LISTEN across the server's connections: run with DATABASE_URL.

const conversation = (page: Page) => page.getByRole('list', { name: 'Conversation' });
const seenField = (page: Page) => page.locator('input[type="hidden"][name="seenMessageId"]');

/** Waits for the customer's message on B's page: shown at once, or behind the "show" button while B writes. */
async function seeLive(page: Page, text: string) {
  const changed = page.getByTestId('live-ticket-changed');
  await expect(changed.or(conversation(page).getByText(text))).toBeVisible();
  if (await changed.isVisible()) await changed.click();
  await expect(conversation(page)).toContainText(text);
}

test.describe('a reply written over a newer message', () => {
  test('is held with a notice while the new message shows, the draft kept, and goes out when sent again', async ({ page: customer, pageAs }) => {
    const { number, path } = await sendRequest(customer, `Jammed loom ${randomInt(1_000_000)}`);
    const agent = await pageAs('agent2');
    await gotoLive(agent, `/desk/tickets/${number}`);

    const draft = 'Please restart the loom and tell us what the panel says.';
    await agent.getByLabel('Message').fill(draft);
    await expect(seenField(agent)).toHaveValue('');
    await replyByLink(customer, path, 'It restarted by itself and works now.');

    await seeLive(agent, 'It restarted by itself and works now.');
    // The page re-read live, yet the draft still carries what B had seen when B began it.
    await expect(seenField(agent)).toHaveValue('');
    await expect(agent.getByLabel('Message')).toHaveValue(draft);

    await agent.getByRole('button', { name: 'Send reply' }).click();
    const held = agent.getByTestId('held-reply');
    await expect(held).toBeVisible();
    await expect(held).toHaveAttribute('role', 'status');
    await expect(held).toBeFocused();
    await expect(held).toContainText('Ada Byron replied after you started writing');
    await expect(agent.getByTestId('error-summary')).toHaveCount(0);
    await expect(agent.getByLabel('Message')).toHaveValue(draft);
    await expect(conversation(agent)).not.toContainText(draft);
    // Sending again is the confirmation: the draft now carries the newest message.
    await expect(seenField(agent)).not.toHaveValue('');

    await agent.getByRole('button', { name: 'Send reply' }).click();
    await expect(agent.getByTestId('desk-notice')).toHaveText('Reply added; the customer sees it on their ticket.');
    await expect(conversation(agent)).toContainText(draft);
    await expect(agent.getByTestId('held-reply')).toHaveCount(0);
  });

  test('shows the new message once held, on a page that did not update live', async ({ page: customer, pageAs }) => {
    const { number, path } = await sendRequest(customer, `Stuck shutter ${randomInt(1_000_000)}`);
    const agent = await pageAs('agent2');
    await agent.route('**/api/live**', (route) => route.abort());
    await agent.goto(`/desk/tickets/${number}`);
    const draft = 'Try the manual release on the left.';
    await agent.getByLabel('Message').fill(draft);
    await replyByLink(customer, path, 'It opens halfway, then stops.');

    await agent.getByRole('button', { name: 'Send reply' }).click();
    await expect(agent.getByTestId('held-reply')).toBeFocused();
    await expect(conversation(agent)).toContainText('It opens halfway, then stops.');
    await expect(seenField(agent)).not.toHaveValue('');
    await expect(agent.getByLabel('Message')).toHaveValue(draft);
    await agent.getByRole('button', { name: 'Send reply' }).click();
    await expect(agent.getByTestId('desk-notice')).toHaveText('Reply added; the customer sees it on their ticket.');
    await expect(conversation(agent)).toContainText(draft);
  });

  test('follows the newest message while the draft is empty, and never holds an internal note', async ({ page: customer, pageAs }) => {
    const { number, path } = await sendRequest(customer, `Cold kiln ${randomInt(1_000_000)}`);
    const agent = await pageAs('agent2');
    await gotoLive(agent, `/desk/tickets/${number}`);

    await replyByLink(customer, path, 'The kiln is at 40 degrees only.');
    await expect(conversation(agent)).toContainText('The kiln is at 40 degrees only.');
    await expect(seenField(agent)).not.toHaveValue('');
    const seen = await seenField(agent).inputValue();

    await agent.getByRole('radio', { name: /Internal note/ }).check();
    await agent.getByLabel('Message').fill('Element probably gone; order one.');
    await replyByLink(customer, path, 'Now it is at 35.');
    await seeLive(agent, 'Now it is at 35.');
    await expect(seenField(agent)).toHaveValue(seen);
    await agent.getByRole('button', { name: 'Add internal note' }).click();
    await expect(agent.getByTestId('desk-notice')).toHaveText('Internal note added.');
    await expect(conversation(agent)).toContainText('Element probably gone; order one.');
  });

  test('is held the same way without JavaScript', async ({ page: customer, pageAs }) => {
    const { number, path } = await sendRequest(customer, `Silent organ ${randomInt(1_000_000)}`);
    const agent = await pageAs('agent2', { javaScriptEnabled: false });
    await agent.goto(`/desk/tickets/${number}`);
    const draft = 'Is the bellows switch on?';
    await agent.getByLabel('Message').fill(draft);
    await replyByLink(customer, path, 'Found it: the bellows switch was off.');

    await agent.getByRole('button', { name: 'Send', exact: true }).click();
    await expect(agent.getByTestId('held-reply')).toContainText('Ada Byron replied after you started writing');
    await expect(conversation(agent)).toContainText('Found it: the bellows switch was off.');
    await expect(conversation(agent)).not.toContainText(draft);
    await expect(agent.getByLabel('Message')).toHaveValue(draft);

    await agent.getByRole('button', { name: 'Send', exact: true }).click();
    await expect(agent.getByTestId('desk-notice')).toHaveText('Reply added; the customer sees it on their ticket.');
    await expect(conversation(agent)).toContainText(draft);
  });

  test('is refused over the API with 409 stale_reply, a note is not, and an up-to-date reply goes out', async ({ page: customer, pageAs }) => {
    const { number, path } = await sendRequest(customer, `Leaking pump ${randomInt(1_000_000)}`);
    const api = (await pageAs('agent2')).request;
    const messages = `/api/v1/tickets/${number}/messages`;

    const first = await api.post(messages, { data: { body: 'Which model is it?', seenMessageId: '' } });
    expect(first.status()).toBe(201);
    const seenMessageId = (await first.json()).message.id as string;
    await replyByLink(customer, path, 'The P-200.');

    const stale = await api.post(messages, { data: { body: 'Tighten the seal.', seenMessageId } });
    expect(stale.status()).toBe(409);
    const refusal = (await stale.json()).error;
    expect(refusal.code).toBe('stale_reply');
    expect(refusal.fields.seenMessageId[0]).toContain('replied after you started writing');
    expect((await api.post(messages, { data: { body: 'P-200: seal kit in stock.', internal: true, seenMessageId } })).status()).toBe(201);

    const listed = (await (await api.get(messages)).json()).data as { id: string; visibility: string }[];
    const newest = listed.filter((message) => message.visibility === 'public').at(-1)?.id;
    const fresh = await api.post(messages, { data: { body: 'Tighten the seal on the P-200.', seenMessageId: newest } });
    expect(fresh.status()).toBe(201);
  });
});
