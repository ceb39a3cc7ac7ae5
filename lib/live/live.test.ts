import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { currentHandle, getDb, openDatabase } from '@/db/client';
import { anonymous, type UserActor } from '@/lib/access/actor';
import { startSession } from '@/lib/sessions/sessions';
import { freshIp, makeUser } from '@/lib/testing/fixtures';
import { waitFor } from '@/lib/testing/wait-for';
import { createTicket } from '@/lib/tickets/create-ticket';
import { addRequesterReply } from '@/lib/tickets/requester/actions';
import { addStaffMessage } from '@/lib/tickets/workspace/staff-message';
import { loadSessionActor } from '@/lib/users/actor';
import { suspendAgent } from '@/lib/users/moderate-agent';
import type { Audience, LiveEvent } from './events';
import { LiveHub } from './hub';
import { openLiveUpdates } from './open';
import { reportPresence } from './presence';
import { publishLive, publishTicketChange } from './publish';

type Heard = { seq: number; event: LiveEvent }[];

function listen(hub: LiveHub, audience: Audience): Heard {
  const heard: Heard = [];
  hub.subscribe({ audience, send: (seq, event) => heard.push({ seq, event }), reauthorise: async () => true, close: () => {} });
  return heard;
}

const kinds = (heard: Heard) => heard.map(({ event }) => (event.type === 'ticket' ? `${event.kind}:${event.visibility ?? '-'}` : event.type));

/** A committed marker on the channel: once staff have it, everything committed before has arrived. */
async function flush(heard: Heard): Promise<void> {
  const ticketId = crypto.randomUUID();
  const marker: LiveEvent = { type: 'ticket', ticketId, number: 'marker', kind: 'created', visibility: null, actorId: null, requesterId: null };
  await publishLive(await getDb(), marker);
  await waitFor('the marker', () => heard.some(({ event }) => event.type === 'ticket' && event.ticketId === ticketId));
}

let hub: LiveHub;
let agent: UserActor;
let customer: UserActor;
let ticket: { id: string; number: string; trackingToken: string };

beforeAll(async () => {
  hub = new LiveHub(await getDb());
  await hub.start();
  agent = await makeUser('agent');
  customer = await makeUser('customer');
  const created = await createTicket(customer, { subject: 'Printer on fire', message: 'It smokes when printing.', category: 'technical', priority: 'high' }, { channel: 'portal', ip: freshIp() });
  ticket = { id: created.id, number: created.number, trackingToken: created.trackingToken };
});

afterAll(async () => {
  await hub.stop();
});

describe('who hears of a ticket change', () => {
  it('sends staff every event, the requester and the private link only public ones, another customer nothing', async () => {
    const staff = listen(hub, { kind: 'staff', userId: agent.id });
    const owner = listen(hub, { kind: 'customer', userId: customer.id });
    const link = listen(hub, { kind: 'tracking', ticketId: ticket.id });
    const stranger = listen(hub, { kind: 'customer', userId: (await makeUser('customer')).id });
    const otherLink = listen(hub, { kind: 'tracking', ticketId: crypto.randomUUID() });

    await addStaffMessage(agent, { number: ticket.number, body: 'We are on it.', visibility: 'public' });
    await addStaffMessage(agent, { number: ticket.number, body: 'Customer sounds angry; careful.', visibility: 'internal' });
    await waitFor('the note on the staff stream', () => kinds(staff).includes('note_added:internal'));

    expect(kinds(staff)).toEqual(expect.arrayContaining(['replied:public', 'note_added:internal']));
    expect(kinds(owner)).toContain('replied:public');
    expect(kinds(link)).toContain('replied:public');
    for (const heard of [owner, link]) expect(kinds(heard).filter((k) => k.includes('internal'))).toEqual([]);
    expect(stranger).toEqual([]);
    expect(otherLink).toEqual([]);
  });

  it('carries ids and kinds, never the message text', async () => {
    const staff = listen(hub, { kind: 'staff', userId: agent.id });
    await addRequesterReply({ token: ticket.trackingToken, ip: freshIp() }, { body: 'Secret serial number XYZ-123' });
    await waitFor('the reply', () => staff.some(({ event }) => event.type === 'ticket' && event.kind === 'replied'));
    expect(JSON.stringify(staff)).not.toContain('XYZ-123');
    expect(staff.find(({ event }) => event.type === 'ticket')?.event).toMatchObject({ ticketId: ticket.id, number: ticket.number, requesterId: customer.id });
  });

  it('emits nothing for a rolled-back transaction', async () => {
    const staff = listen(hub, { kind: 'staff', userId: agent.id });
    const db = await getDb();
    await db
      .transaction(async (tx) => {
        await publishTicketChange(tx, { eventId: crypto.randomUUID(), ticketId: ticket.id, number: ticket.number, kind: 'priority_changed', from: 'high', to: 'low', actorId: agent.id, actorName: agent.name, at: new Date() });
        throw new Error('roll back');
      })
      .catch(() => {});
    await flush(staff);
    expect(kinds(staff)).toEqual(['created:-']);
  });

  it('tells staff who else is on the ticket, and not the person themself', async () => {
    const other = await makeUser('agent');
    const staff = listen(hub, { kind: 'staff', userId: agent.id });
    const self = listen(hub, { kind: 'staff', userId: other.id });
    const owner = listen(hub, { kind: 'customer', userId: customer.id });
    await reportPresence(other, { ticket: ticket.number, state: 'replying' });
    await waitFor('presence', () => staff.length > 0);
    expect(staff[0]?.event).toMatchObject({ type: 'presence', ticketId: ticket.id, userId: other.id, name: other.name, state: 'replying' });
    expect(hub.presenceOn(ticket.id)).toEqual([{ userId: other.id, name: other.name, state: 'replying' }]);
    await waitFor('the other agent in the answer to a ping', async () => (await reportPresence(agent, { ticket: ticket.number, state: 'viewing' })).others.some((o) => o.userId === other.id));
    expect(self.filter(({ event }) => event.type === 'presence' && event.userId === other.id)).toEqual([]);
    expect(owner).toEqual([]);
    await expect(reportPresence(customer, { ticket: ticket.number, state: 'viewing' })).rejects.toMatchObject({ code: 'forbidden' });
  });
});

describe('reconnecting', () => {
  it('replays what the audience missed after Last-Event-ID, or asks to resync when the ring cannot', async () => {
    const staff = listen(hub, { kind: 'staff', userId: agent.id });
    await addStaffMessage(agent, { number: ticket.number, body: 'Note one.', visibility: 'internal' });
    await addStaffMessage(agent, { number: ticket.number, body: 'Reply two.', visibility: 'public' });
    await waitFor('both', () => kinds(staff).includes('replied:public'));
    const before = staff[0]!.seq - 1;
    expect(kinds(hub.replay({ kind: 'staff', userId: agent.id }, before) ?? [])).toEqual(['note_added:internal', 'replied:public']);
    expect(kinds(hub.replay({ kind: 'tracking', ticketId: ticket.id }, before) ?? [])).toEqual(['replied:public']);
    expect(hub.replay({ kind: 'staff', userId: agent.id }, hub.lastSeq + 10)).toBeNull();
  });
});

async function readUntil(reader: ReadableStreamDefaultReader<Uint8Array>, text: string): Promise<string> {
  const decoder = new TextDecoder();
  let seen = '';
  while (!seen.includes(text)) {
    const { value, done } = await reader.read();
    if (done) throw new Error(`stream ended before ${text}: ${seen}`);
    seen += decoder.decode(value);
  }
  return seen;
}

describe('the SSE stream', () => {
  it('closes a staff stream when the agent is suspended', async () => {
    const admin = await makeUser('admin');
    const target = await makeUser('agent');
    const actor = await loadSessionActor(target.id, await startSession({ userId: target.id }));
    const abort = new AbortController();
    const response = await openLiveUpdates(actor, { lastEventId: null, signal: abort.signal });
    expect(response.headers.get('content-type')).toContain('text/event-stream');
    const reader = response.body!.getReader();
    await readUntil(reader, 'event: hello');
    await suspendAgent(admin, { userId: target.id, reason: 'Left the company.' });
    let done = false;
    while (!done) done = (await reader.read()).done;
    expect(done).toBe(true);
    abort.abort();
  });

  it('gives a tracking-link visitor the public reply as an id line, never a note', async () => {
    const abort = new AbortController();
    const response = await openLiveUpdates(anonymous, { token: ticket.trackingToken, ip: freshIp(), lastEventId: null, signal: abort.signal });
    const reader = response.body!.getReader();
    await readUntil(reader, 'event: hello');
    await addStaffMessage(agent, { number: ticket.number, body: 'Hidden note.', visibility: 'internal' });
    await addStaffMessage(agent, { number: ticket.number, body: 'Visible reply.', visibility: 'public' });
    const seen = await readUntil(reader, '"kind":"replied"');
    expect(seen).toMatch(/^id: \d+$/m);
    expect(seen).not.toContain('note_added');
    abort.abort();
  });

  it('refuses a caller who is neither signed in nor holding a link', async () => {
    await expect(openLiveUpdates(anonymous, { lastEventId: null, signal: new AbortController().signal })).rejects.toMatchObject({ code: 'unauthorized' });
  });
});

describe.runIf(process.env.DATABASE_URL)('two instances on one PostgreSQL', () => {
  it('delivers an event committed through one instance to a stream on the other', async () => {
    const url = currentHandle()?.url;
    if (!url) throw new Error('expected a PostgreSQL handle');
    const second = await openDatabase({ url, poolSize: 2 });
    const otherHub = new LiveHub(second.db);
    try {
      await otherHub.start();
      const staff = listen(otherHub, { kind: 'staff', userId: agent.id });
      await addStaffMessage(agent, { number: ticket.number, body: 'Through instance A.', visibility: 'public' });
      await waitFor('the event on instance B', () => kinds(staff).includes('replied:public'));
    } finally {
      await otherHub.stop();
      await second.close();
    }
  });
});
