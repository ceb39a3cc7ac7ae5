import { type ChildProcess, spawn } from 'node:child_process';
import { randomInt } from 'node:crypto';
import { demoUsers, expect, test } from './fixtures';
import { uniqueEmail } from './helpers';
import { gotoLive, replyByLink, sendRequest } from './live-helpers';
import { readDatabaseInfo } from './support/database-info';

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

  test('the queue keeps the cursor on its ticket and the ticks through a live update, new tickets waiting behind the bar', async ({ page, pageAs }) => {
    const email = uniqueEmail('looms');
    const older = await sendRequest(page, `Loom one ${randomInt(1_000_000)}`, email);
    const newer = await sendRequest(page, `Loom two ${randomInt(1_000_000)}`, email);
    const queue = await pageAs('agent');
    await gotoLive(queue, `/desk?requester=${encodeURIComponent(email)}`);
    const rows = queue.locator('[data-queue-row]');
    await expect(rows).toHaveCount(2);
    await expect(rows.first()).toHaveAttribute('data-number', newer.number);

    // Tick the older ticket, then (keys typed in a checkbox are its own) put the cursor on the newer one.
    await queue.getByLabel(`Select ${older.number}`).check();
    await queue.evaluate(() => (document.activeElement as HTMLElement | null)?.blur());
    await queue.keyboard.press('j');
    await expect(queue.locator('[data-queue-row][data-active="true"]')).toHaveAttribute('data-number', newer.number);

    // The visitor's reply moves the older ticket to the top (last activity first).
    await replyByLink(page, older.path, 'Loom one now jams at every row.');
    await expect(rows.first()).toHaveAttribute('data-number', older.number);
    const later = await sendRequest(page, `Loom three ${randomInt(1_000_000)}`, email);
    await expect(queue.getByTestId('new-tickets-bar')).toHaveText('1 new ticket — show');
    await expect(rows).toHaveCount(2);

    await expect(queue.getByLabel(`Select ${older.number}`)).toBeChecked();
    await expect(queue.getByLabel(`Select ${newer.number}`)).not.toBeChecked();
    await expect(queue.locator('[data-queue-row][data-active="true"]')).toHaveAttribute('data-number', newer.number);
    await queue.getByTestId('new-tickets-bar').click();
    await expect(rows).toHaveCount(3);
    await expect(rows.first()).toHaveAttribute('data-number', later.number);
    await expect(queue.getByLabel(`Select ${older.number}`)).toBeChecked();
    // "Show" took focus to the new ticket; away from it, the cursor is still the newer ticket's,
    // wherever its row went, and Enter opens it.
    await expect(queue.getByRole('link', { name: /Loom three/ })).toBeFocused();
    await queue.evaluate(() => (document.activeElement as HTMLElement | null)?.blur());
    await queue.keyboard.press('Enter');
    await expect(queue).toHaveURL(new RegExp(`/desk/tickets/${newer.number}(\\?from=[^&]*)?$`));
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
