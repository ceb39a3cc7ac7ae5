import { type ChildProcess, spawn } from 'node:child_process';
import { randomInt } from 'node:crypto';
import type { Page } from '@playwright/test';
import { demoUsers, expect, test } from './fixtures';
import { fillContactForm, uniqueEmail } from './helpers';
import { readDatabaseInfo } from './support/database-info';

/** Sends the contact form as a visitor and returns the ticket number and its private link's path. */
async function sendRequest(page: Page, subject: string) {
  await page.goto('/contact');
  await fillContactForm(page, { name: 'Ada Byron', email: uniqueEmail('ada'), subject, message: 'The engine stops halfway through a calculation.' });
  await page.getByRole('button', { name: 'Send request' }).click();
  await expect(page.getByRole('heading', { name: 'We have your request' })).toBeVisible();
  const number = (await page.getByTestId('ticket-number').textContent()) ?? '';
  const link = await page.getByTestId('tracking-link').inputValue();
  return { number, path: new URL(link).pathname };
}

async function replyByLink(page: Page, path: string, text: string) {
  await page.goto(path);
  await page.getByLabel('Your reply').fill(text);
  await page.getByRole('button', { name: 'Send reply' }).click();
  await expect(page.getByTestId('notice')).toHaveText('Your reply was sent.');
}

test.describe('live updates', () => {
  test('an agent sees a visitor’s reply, new tickets and a colleague on the ticket without reloading', async ({ page, pageAs }) => {
    const { number, path } = await sendRequest(page, `Stalled engine ${randomInt(1_000_000)}`);

    const queue = await pageAs('agent');
    await queue.goto('/desk');
    await expect(queue.getByTestId('queue-table')).toBeVisible();
    const workspace = await pageAs('agent');
    await workspace.goto(`/desk/tickets/${number}`);
    await expect(workspace.getByTestId('live-ticket')).toBeAttached();

    await replyByLink(page, path, 'It stops at the seventh column every time.');
    await expect(workspace.getByText('It stops at the seventh column every time.')).toBeVisible();

    const later = await sendRequest(page, `Second engine ${randomInt(1_000_000)}`);
    await expect(queue.getByTestId('new-tickets-bar')).toContainText(/new tickets? — show/);
    await queue.getByTestId('new-tickets-bar').click();
    await expect(queue.getByTestId('queue-table')).toContainText(later.number);

    const colleague = await pageAs('agent2');
    await colleague.goto(`/desk/tickets/${number}`);
    await expect(workspace.getByTestId('presence')).toContainText(`${demoUsers.agent2.name} is viewing`);
  });

  test('the visitor’s page shows a staff reply as it is sent', async ({ page, pageAs }) => {
    const { number, path } = await sendRequest(page, `Silent bell ${randomInt(1_000_000)}`);
    await page.goto(path);
    await expect(page.getByTestId('live-announcer')).toBeAttached();

    const agent = await pageAs('agent');
    await agent.goto(`/desk/tickets/${number}`);
    await agent.getByLabel('Message').fill('We are sending a new clapper today.');
    await agent.getByRole('button', { name: 'Send reply' }).click();
    await expect(page.getByRole('list', { name: 'Conversation' })).toContainText('We are sending a new clapper today.');
  });

  test.describe('two instances on one PostgreSQL', () => {
    const port = Number(process.env.E2E_PORT ?? 3210) + 10;
    let second: ChildProcess | undefined;

    test.beforeAll(async () => {
      const info = readDatabaseInfo();
      test.skip(!info.databaseUrl, 'PGlite cannot be shared by two instances');
      second = spawn(process.execPath, ['--import', 'tsx', 'scripts/serve.ts', '--port', String(port), '--hostname', '127.0.0.1'], {
        stdio: 'ignore',
        env: { ...process.env, DATABASE_URL: info.databaseUrl ?? '', AUTH_SECRET: info.authSecret, AUTH_TRUST_HOST: 'true', TRUSTED_PROXIES: 'loopback', NEXT_TELEMETRY_DISABLED: '1' },
      });
      await expect(async () => {
        expect((await fetch(`http://127.0.0.1:${port}/api/health`)).ok).toBe(true);
      }).toPass({ timeout: 60_000 });
    });

    test.afterAll(() => {
      second?.kill('SIGTERM');
    });

    test('a reply written through one instance reaches a page served by the other', async ({ page, pageAs }) => {
      const { number, path } = await sendRequest(page, `Far engine ${randomInt(1_000_000)}`);
      const agent = await pageAs('agent');
      // Session cookies belong to the host, not the port: the same sign-in holds on the second instance.
      await agent.goto(`http://127.0.0.1:${port}/desk/tickets/${number}`);
      await expect(agent.getByTestId('live-ticket')).toBeAttached();
      await replyByLink(page, path, 'Written through the first instance.');
      await expect(agent.getByText('Written through the first instance.')).toBeVisible();
    });
  });
});
