import { eq } from 'drizzle-orm';
import { Webhook } from 'standardwebhooks';
import { afterEach, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { getDb } from '@/db/client';
import { webhookDeliveries } from '@/db/schema';
import { anonymous, type UserActor } from '@/lib/access/actor';
import { contactInput, freshIp, makeUser } from '@/lib/testing/fixtures';
import { deliveriesTo, freePort, localEndpoint, type Receiver, removeAllEndpoints, startReceiver } from '@/lib/testing/webhook-fixtures';
import { waitFor } from '@/lib/testing/wait-for';
import { createTicket } from '@/lib/tickets/create-ticket';
import { addStaffMessage } from '@/lib/tickets/workspace/staff-message';
import { updateWebhookEndpoint } from './manage';
import { setAllowPrivateAddresses } from './settings';
import { createWebhookWorker } from './worker';

let admin: UserActor;
let agent: UserActor;
let receiver: Receiver;
const worker = () => createWebhookWorker({ listen: false, random: () => 0 });

beforeAll(async () => {
  admin = await makeUser('admin');
  agent = await makeUser('agent');
});
beforeEach(async () => {
  await removeAllEndpoints();
  receiver = await startReceiver();
});
afterEach(async () => {
  await receiver.close();
});

const later = (row: { nextAttemptAt: Date }) => new Date(row.nextAttemptAt.getTime() + 1);

describe('the webhook worker', () => {
  it('posts each event signed so that a receiver verifies it with standardwebhooks', async () => {
    const { endpoint, secret } = await localEndpoint(admin, receiver.url);
    const ticket = await createTicket(anonymous, contactInput({ subject: 'Signed and sealed' }), { ip: freshIp() });
    expect(await worker().tick()).toMatchObject({ claimed: 1, delivered: 1 });

    expect(receiver.received).toHaveLength(1);
    const [request] = receiver.received;
    const headers = request!.headers as Record<string, string>;
    const verified = new Webhook(secret).verify(request!.body, headers) as { type: string; data: { ticket: { number: string; subject: string } } };
    expect(verified).toMatchObject({ type: 'ticket.created', data: { ticket: { number: ticket.number, subject: 'Signed and sealed' } } });
    expect(headers['content-type']).toBe('application/json');
    // Another secret does not verify it: the signature is real.
    expect(() => new Webhook(`whsec_${Buffer.alloc(32, 1).toString('base64')}`).verify(request!.body, headers)).toThrow();

    const [row] = await deliveriesTo(endpoint.id);
    expect(row).toMatchObject({ status: 'delivered', attempts: 1, lastStatusCode: 204, lastError: null, eventId: headers['webhook-id'] });
    expect(row!.deliveredAt).toBeInstanceOf(Date);
    expect(row!.lastDurationMs).toBeGreaterThanOrEqual(0);
  });

  it('retries after the receiver answers 500, with backoff, then delivers it once', async () => {
    const { endpoint } = await localEndpoint(admin, receiver.url);
    await createTicket(anonymous, contactInput(), { ip: freshIp() });
    receiver.answerWith(500);
    const w = worker();
    const start = new Date();
    expect(await w.tick(start)).toMatchObject({ claimed: 1, retrying: 1 });
    const [waiting] = await deliveriesTo(endpoint.id);
    expect(waiting).toMatchObject({ status: 'queued', attempts: 1, lastStatusCode: 500, lastError: 'HTTP 500: receiver is having a bad day' });
    // The first backoff is 15–30 s; with no jitter, 15 s.
    expect(waiting!.nextAttemptAt.getTime() - start.getTime()).toBeGreaterThanOrEqual(15_000);
    expect(await w.tick(start)).toMatchObject({ claimed: 0 });

    receiver.answerWith(200);
    expect(await w.tick(later(waiting!))).toMatchObject({ claimed: 1, delivered: 1 });
    expect(await deliveriesTo(endpoint.id)).toEqual([expect.objectContaining({ status: 'delivered', attempts: 2, lastStatusCode: 200, lastError: null })]);
    const accepted = receiver.received.filter((r) => r.status === 200).map((r) => r.headers['webhook-id']);
    expect(accepted).toEqual([waiting!.eventId]);
  });

  it('retries while the receiver is down (connection refused) and loses nothing once it is back', async () => {
    const port = await freePort();
    const { endpoint, secret } = await localEndpoint(admin, `http://127.0.0.1:${port}/hooks`);
    for (let i = 0; i < 3; i += 1) await createTicket(anonymous, contactInput(), { ip: freshIp() });
    const w = worker();
    expect(await w.tick()).toMatchObject({ claimed: 3, retrying: 3 });
    const waiting = await deliveriesTo(endpoint.id);
    for (const row of waiting) expect(row).toMatchObject({ status: 'queued', lastStatusCode: null, lastError: expect.stringContaining('ECONNREFUSED') });

    const back = await startReceiver(port);
    try {
      const due = new Date(Math.max(...waiting.map((row) => row.nextAttemptAt.getTime())) + 1);
      expect(await w.tick(due)).toMatchObject({ claimed: 3, delivered: 3 });
      const ids = back.received.map((r) => new Webhook(secret).verify(r.body, r.headers as Record<string, string>) && r.headers['webhook-id']);
      expect(ids.sort()).toEqual(waiting.map((row) => row.eventId).sort());
    } finally {
      await back.close();
    }
  });

  it('holds a ticket’s later events while an earlier one to the same endpoint is pending, and not other tickets’', async () => {
    const { endpoint } = await localEndpoint(admin, receiver.url);
    const first = await createTicket(anonymous, contactInput(), { ip: freshIp() });
    await addStaffMessage(agent, { number: first.number, body: 'Looking into it.', visibility: 'public' });
    receiver.answerWith(503);
    const w = worker();
    expect(await w.tick()).toMatchObject({ claimed: 1, retrying: 1 });
    const other = await createTicket(anonymous, contactInput(), { ip: freshIp() });
    const [created, reply] = (await deliveriesTo(endpoint.id)).filter((d) => d.ticketId === first.id);
    receiver.answerWith(200);
    // The other ticket goes at once; the reply waits for the ticket's first event, still failing.
    expect(await w.tick()).toMatchObject({ claimed: 1, delivered: 1 });
    expect(receiver.received.at(-1)!.headers['webhook-id']).toBe((await deliveriesTo(endpoint.id)).find((d) => d.ticketId === other.id)!.eventId);
    expect((await deliveriesTo(endpoint.id)).find((d) => d.id === reply!.id)).toMatchObject({ status: 'queued', attempts: 0 });

    const due = later(created!);
    expect(await w.tick(due)).toMatchObject({ claimed: 1, delivered: 1 });
    expect(await w.tick(due)).toMatchObject({ claimed: 1, delivered: 1 });
    const order = receiver.received.filter((r) => r.status === 200).map((r) => r.headers['webhook-id']);
    expect(order.slice(-2)).toEqual([created!.eventId, reply!.eventId]);
  });

  it('gives up after the retry window, and fails at once for a turned-off endpoint', async () => {
    const { endpoint } = await localEndpoint(admin, receiver.url);
    await createTicket(anonymous, contactInput(), { ip: freshIp() });
    receiver.answerWith(500);
    const [row] = await deliveriesTo(endpoint.id);
    const past = new Date(row!.giveUpAt.getTime() + 1);
    expect(await createWebhookWorker({ listen: false, clock: () => past }).tick(past)).toMatchObject({ failed: 1 });
    expect((await deliveriesTo(endpoint.id))[0]).toMatchObject({ status: 'failed', lastError: expect.stringMatching(/^Gave up after 1 attempts: HTTP 500/) });

    await removeAllEndpoints();
    const off = await localEndpoint(admin, receiver.url);
    await createTicket(anonymous, contactInput(), { ip: freshIp() });
    await updateWebhookEndpoint(admin, { ...off.endpoint, active: false });
    const sent = receiver.received.length;
    expect(await worker().tick()).toMatchObject({ claimed: 1, failed: 1 });
    expect((await deliveriesTo(off.endpoint.id))[0]).toMatchObject({ status: 'failed', lastError: 'The endpoint is turned off.' });
    expect(receiver.received).toHaveLength(sent);
  });

  it('refuses at delivery an address that became private after the setting was turned off', async () => {
    const { endpoint } = await localEndpoint(admin, receiver.url);
    await createTicket(anonymous, contactInput(), { ip: freshIp() });
    await setAllowPrivateAddresses(admin, { allowPrivateAddresses: false });
    try {
      expect(await worker().tick()).toMatchObject({ retrying: 1 });
      expect(receiver.received).toHaveLength(0);
      expect((await deliveriesTo(endpoint.id))[0]).toMatchObject({ status: 'queued', lastError: expect.stringContaining('private network') });
    } finally {
      await setAllowPrivateAddresses(admin, { allowPrivateAddresses: true });
    }
  });

  it('is woken to deliver when it runs on its own', async () => {
    const { endpoint } = await localEndpoint(admin, receiver.url);
    const running = createWebhookWorker({ pollMs: 60_000 });
    await running.start();
    try {
      await createTicket(anonymous, contactInput(), { ip: freshIp() });
      await waitFor('the delivery', async () => {
        const db = await getDb();
        const [row] = await db.select({ status: webhookDeliveries.status }).from(webhookDeliveries).where(eq(webhookDeliveries.endpointId, endpoint.id));
        return row?.status === 'delivered';
      });
    } finally {
      await running.stop();
    }
    expect(receiver.received).toHaveLength(1);
  });
});
