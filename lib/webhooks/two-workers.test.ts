import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { onPostgres, otherInstances } from '@/lib/testing/instances';
import { anonymous } from '@/lib/access/actor';
import { contactInput, freshIp, makeUser } from '@/lib/testing/fixtures';
import { deliveriesTo, localEndpoint, type Receiver, startReceiver } from '@/lib/testing/webhook-fixtures';
import { waitFor } from '@/lib/testing/wait-for';
import { createTicket } from '@/lib/tickets/create-ticket';
import { addStaffMessage } from '@/lib/tickets/workspace/staff-message';
import { createWebhookWorker } from './worker';

let receiver: Receiver;
const handles = otherInstances();
beforeAll(async () => {
  receiver = await startReceiver();
});
afterAll(async () => {
  await receiver.close();
});

describe.skipIf(!onPostgres)('two webhook workers on one database', () => {
  it('deliver each of 40 events exactly once between them, each ticket in order', async () => {
    const admin = await makeUser('admin');
    const agent = await makeUser('agent');
    const { endpoint } = await localEndpoint(admin, receiver.url);
    for (let i = 0; i < 20; i += 1) {
      const ticket = await createTicket(anonymous, contactInput(), { ip: freshIp() });
      await addStaffMessage(agent, { number: ticket.number, body: `Reply ${i}`, visibility: 'public' });
    }
    const rows = await deliveriesTo(endpoint.id);
    expect(rows).toHaveLength(40);
    const workers = handles.map((handle) => createWebhookWorker({ db: handle.db, batchSize: 2, pollMs: 20 }));
    await Promise.all(workers.map((worker) => worker.start()));
    try {
      await waitFor('all 40 deliveries', () => receiver.received.length >= 40, 60_000);
    } finally {
      await Promise.all(workers.map((worker) => worker.stop()));
    }
    const received = receiver.received.map((r) => String(r.headers['webhook-id']));
    expect(received).toHaveLength(40);
    expect(new Set(received)).toEqual(new Set(rows.map((row) => row.eventId)));
    for (const ticketId of new Set(rows.map((row) => row.ticketId))) {
      const mine = rows.filter((row) => row.ticketId === ticketId).map((row) => row.eventId);
      expect(received.filter((id) => mine.includes(id))).toEqual(mine);
    }
    expect(await deliveriesTo(endpoint.id)).toEqual(rows.map(() => expect.objectContaining({ status: 'delivered', attempts: 1 })));
  });
});
