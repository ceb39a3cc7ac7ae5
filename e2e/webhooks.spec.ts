import { randomUUID } from 'node:crypto';
import { createServer, type IncomingHttpHeaders } from 'node:http';
import type { AddressInfo } from 'node:net';
import { Webhook } from 'standardwebhooks';
import { expect, test } from './fixtures';
import { expectAccessible, fillContactForm, uniqueEmail } from './helpers';

type Received = { headers: IncomingHttpHeaders; body: string };

test.describe('webhooks', () => {
  test.use({ role: 'admin' });

  test('an admin adds an endpoint, sees its secret once, and a new ticket arrives signed and in the log', async ({ page, pageAs }) => {
    const received: Received[] = [];
    const receiver = createServer((request, response) => {
      const chunks: Buffer[] = [];
      request.on('data', (chunk: Buffer) => chunks.push(chunk));
      request.on('end', () => {
        received.push({ headers: request.headers, body: Buffer.concat(chunks).toString('utf8') });
        response.writeHead(204).end();
      });
    });
    await new Promise<void>((resolve) => receiver.listen(0, '127.0.0.1', resolve));
    const url = `http://127.0.0.1:${(receiver.address() as AddressInfo).port}/hooks`;
    try {
      await page.goto('/admin/webhooks');
      await expect(page.getByRole('heading', { level: 1, name: 'Webhooks' })).toBeVisible();
      await expectAccessible(page);

      // Refused while private addresses are not allowed; allowed once the admin turns them on.
      await page.getByLabel('Address (URL)').fill(url);
      await page.getByRole('button', { name: 'Add webhook' }).click();
      await expect(page.getByTestId('error-url')).toContainText('private network');
      await page.getByRole('button', { name: 'Allow private addresses' }).click();
      await expect(page.getByTestId('admin-notice')).toHaveText('The private-address setting was saved.');

      await page.getByLabel('Address (URL)').fill(url);
      await page.getByLabel('Description').fill('End-to-end receiver');
      await page.getByRole('checkbox', { name: /message\.created/ }).check();
      await page.getByRole('button', { name: 'Add webhook' }).click();
      const secretField = page.getByTestId('webhook-secret');
      await expect(secretField).toHaveValue(/^whsec_/);
      const secret = await secretField.inputValue();
      await expectAccessible(page);

      // Shown once: the list and the endpoint's page never show it again.
      await page.reload();
      await expect(page.getByTestId('webhook-secret')).toHaveCount(0);
      await expect(page.getByText(secret.slice(6, 20))).toHaveCount(0);

      const subject = `Webhook check ${randomUUID().slice(0, 8)}`;
      const visitor = await pageAs('visitor');
      await visitor.goto('/contact');
      await fillContactForm(visitor, { name: 'Hedy Lamarr', email: uniqueEmail('hedy'), subject, message: 'The frequency hopping module is late.' });
      await visitor.getByRole('button', { name: 'Send request' }).click();
      const number = await visitor.getByTestId('ticket-number').textContent();

      await expect.poll(() => received.filter((r) => r.body.includes(subject)).length).toBe(1);
      const delivery = received.find((r) => r.body.includes(subject))!;
      const event = new Webhook(secret).verify(delivery.body, delivery.headers as Record<string, string>) as { type: string; data: { ticket: { number: string } } };
      expect(event).toMatchObject({ type: 'ticket.created', data: { ticket: { number } } });

      await page.getByRole('link', { name: url }).click();
      await expect(page.getByRole('heading', { level: 1, name: 'End-to-end receiver' })).toBeVisible();
      const row = page.getByTestId('delivery-row').filter({ hasText: 'ticket.created' }).filter({ hasText: 'Delivered' }).first();
      await expect(row).toBeVisible();
      await expect(row).toContainText('204');
      await row.getByText('Payload').click();
      await expect(page.getByText(subject).first()).toBeVisible();
      await expectAccessible(page);

      // Tidy up for the rest of the suite: the endpoint goes, private addresses are refused again.
      await page.getByRole('checkbox', { name: /delete this webhook/ }).check();
      await page.getByRole('button', { name: 'Delete webhook' }).click();
      await expect(page.getByTestId('admin-notice')).toHaveText('The webhook and its delivery log were deleted.');
      await page.getByRole('button', { name: 'Refuse private addresses' }).click();
      await expect(page.getByRole('button', { name: 'Allow private addresses' })).toBeVisible();
    } finally {
      await new Promise((resolve) => receiver.close(resolve));
    }
  });
});
