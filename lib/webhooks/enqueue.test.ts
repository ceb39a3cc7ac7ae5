import { beforeAll, describe, expect, it } from 'vitest';
import { getDb } from '@/db/client';
import { anonymous, type UserActor } from '@/lib/access/actor';
import { contactInput, freshIp, makeUser } from '@/lib/testing/fixtures';
import { deliveriesTo, localEndpoint } from '@/lib/testing/webhook-fixtures';
import { createTicket } from '@/lib/tickets/create-ticket';
import { recordTicketEvent } from '@/lib/tickets/events';
import { rateTicket } from '@/lib/tickets/requester/actions';
import { addStaffMessage } from '@/lib/tickets/workspace/staff-message';
import { transitionTicket } from '@/lib/tickets/workspace/transition-ticket';
import { updateWebhookEndpoint } from './manage';

let admin: UserActor;
let agent: UserActor;
let everything: string;
let withNotes: string;
let createdOnly: string;
let turnedOff: string;

const url = 'http://127.0.0.1:9/hooks';
const types = async (endpointId: string) => (await deliveriesTo(endpointId)).map((row) => row.eventType);

beforeAll(async () => {
  admin = await makeUser('admin');
  agent = await makeUser('agent');
  everything = (await localEndpoint(admin, url)).endpoint.id;
  withNotes = (await localEndpoint(admin, url, { includeInternal: true })).endpoint.id;
  createdOnly = (await localEndpoint(admin, url, { events: ['ticket.created'] })).endpoint.id;
  const off = (await localEndpoint(admin, url)).endpoint;
  await updateWebhookEndpoint(admin, { ...off, active: false });
  turnedOff = off.id;
});

describe('queueing webhooks from ticket changes', () => {
  it('queues ticket.created for each active endpoint that subscribes to it, with the ticket as it is', async () => {
    const input = contactInput({ subject: 'Lamp arrived broken' });
    const ticket = await createTicket(agent, input, { ip: freshIp() });
    const [row] = (await deliveriesTo(everything)).filter((d) => d.ticketId === ticket.id);
    expect(row).toMatchObject({ eventType: 'ticket.created', status: 'queued', attempts: 0 });
    expect(row!.eventId).toMatch(/^msg_[0-9a-f]{32}$/);
    expect(row!.giveUpAt.getTime() - row!.createdAt.getTime()).toBeGreaterThan(23 * 3600_000);
    expect(row!.payload).toMatchObject({
      type: 'ticket.created',
      timestamp: expect.stringMatching(/^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}\.\d{3}Z$/),
      data: {
        ticket: {
          id: ticket.id,
          number: ticket.number,
          subject: 'Lamp arrived broken',
          status: 'open',
          priority: 'medium',
          category: { slug: 'order-delivery' },
          assignee: null,
          requester: { name: input.name, email: input.email },
          archived: false,
          createdAt: ticket.createdAt.toISOString(),
        },
      },
    });
    expect((await deliveriesTo(createdOnly)).filter((d) => d.ticketId === ticket.id).map((d) => d.eventType)).toEqual(['ticket.created']);
    expect(await types(turnedOff)).toEqual([]);
  });

  it('sends a public reply to every message subscriber and an internal note only to those that include notes', async () => {
    const ticket = await createTicket(anonymous, contactInput(), { ip: freshIp() });
    const reply = await addStaffMessage(agent, { number: ticket.number, body: 'We are on it.', visibility: 'public' });
    const note = await addStaffMessage(agent, { number: ticket.number, body: 'Supplier says Tuesday.', visibility: 'internal' });
    const messages = async (endpointId: string) =>
      (await deliveriesTo(endpointId))
        .filter((d) => d.ticketId === ticket.id && d.eventType === 'message.created')
        .map((d) => (d.payload as { data: { message: { id: string; visibility: string; body: string } } }).data.message);
    expect(await messages(everything)).toEqual([expect.objectContaining({ id: reply.id, visibility: 'public', body: 'We are on it.' })]);
    expect(await messages(withNotes)).toEqual([
      expect.objectContaining({ id: reply.id, visibility: 'public' }),
      expect.objectContaining({ id: note.id, visibility: 'internal', body: 'Supplier says Tuesday.' }),
    ]);
    expect(await messages(createdOnly)).toEqual([]);
  });

  it('says what changed in ticket.updated, and sends rating.created with the rating', async () => {
    const ticket = await createTicket(anonymous, contactInput(), { ip: freshIp() });
    await transitionTicket(agent, { number: ticket.number, to: 'resolved' });
    await rateTicket({ token: ticket.trackingToken, ip: freshIp() }, { rating: 4, comment: 'Quick, thanks.' });
    const rows = (await deliveriesTo(everything)).filter((d) => d.ticketId === ticket.id);
    expect(rows.map((d) => d.eventType)).toEqual(['ticket.created', 'ticket.updated', 'rating.created', 'ticket.updated']);
    const data = rows.map((d) => (d.payload as { data: Record<string, unknown> }).data);
    expect(data[1]).toMatchObject({ changes: { status: { from: 'open', to: 'resolved' } }, actor: { id: agent.id, name: agent.name }, ticket: { status: 'resolved' } });
    expect(data[2]).toMatchObject({ rating: { rating: 4, comment: 'Quick, thanks.' } });
    expect(data[3]).toMatchObject({ changes: { status: { from: 'resolved', to: 'closed' } } });
    // Each event its own message id; the same event has the same id at every endpoint.
    expect(new Set(rows.map((d) => d.eventId)).size).toBe(4);
    const elsewhere = (await deliveriesTo(withNotes)).filter((d) => d.ticketId === ticket.id).map((d) => d.eventId);
    expect(elsewhere).toEqual(rows.map((d) => d.eventId));
  });

  it('queues nothing for a change whose transaction rolls back', async () => {
    const ticket = await createTicket(anonymous, contactInput(), { ip: freshIp() });
    const before = (await deliveriesTo(everything)).length;
    const db = await getDb();
    await expect(
      db.transaction(async (tx) => {
        await recordTicketEvent(tx, agent, ticket, { kind: 'priority_changed', from: 'medium', to: 'high' });
        throw new Error('changed my mind');
      }),
    ).rejects.toThrow('changed my mind');
    expect((await deliveriesTo(everything)).length).toBe(before);
  });
});
