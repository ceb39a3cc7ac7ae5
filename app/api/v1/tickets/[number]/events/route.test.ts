import { randomUUID } from 'node:crypto';
import { beforeAll, describe, expect, it, vi } from 'vitest';
import { anonymous, type UserActor } from '@/lib/access/actor';
import { callApi } from '@/lib/api/testing/api-client';
import { createApiToken } from '@/lib/api-tokens/manage';
import { contactInput, freshIp, makeUser } from '@/lib/testing/fixtures';
import { createTicket } from '@/lib/tickets/create-ticket';
import { addRequesterReply, rateTicket, resolveAsRequester } from '@/lib/tickets/requester';
import { publicEventKinds } from '@/lib/tickets/requester/public-activity';
import { addStaffMessage, claimTicket, setTicketPriority } from '@/lib/tickets/workspace';
import { GET as MESSAGES } from '../messages/route';
import { GET } from './route';

// Callers without a token are read from the session cookie: here there is none.
vi.mock('@/lib/auth/session', () => ({ getActor: vi.fn(async () => anonymous) }));

const template = '/api/v1/tickets/{number}/events';
type Event = { id: string; kind: string; actorName: string; from: string | null; to: string | null; messageId: string | null };

let customer: UserActor;
let agent: UserActor;
let number: string;
let tokens: Record<'customer' | 'stranger' | 'pending' | 'agent' | 'admin', string>;
const note = `Refund approved off the record ${randomUUID()}`;
const tokenOf = async (user: UserActor) => (await createApiToken(user, { name: 'test', scopes: ['read'] })).token;
const list = (token: string | undefined, query: Record<string, string> = {}) => callApi({ handler: GET, method: 'GET', template, params: { number }, token, query });

async function allPages(token: string, limit: number): Promise<{ pages: Event[][]; raw: string }> {
  const pages: Event[][] = [];
  let raw = '';
  let cursor: string | undefined;
  do {
    const answer = await list(token, { limit: String(limit), ...(cursor ? { cursor } : {}) });
    expect(answer.status).toBe(200);
    raw += JSON.stringify(answer.body);
    pages.push(answer.body.data);
    cursor = answer.body.nextCursor ?? undefined;
  } while (cursor);
  return { pages, raw };
}

beforeAll(async () => {
  customer = await makeUser('customer');
  agent = await makeUser('agent', 'approved');
  tokens = {
    customer: await tokenOf(customer),
    stranger: await tokenOf(await makeUser('customer')),
    pending: await tokenOf(await makeUser('agent', 'pending')),
    agent: await tokenOf(agent),
    admin: await tokenOf(await makeUser('admin', 'approved')),
  };
  number = (await createTicket(customer, contactInput(), { ip: freshIp() })).number;
  await claimTicket(agent, { number });
  await setTicketPriority(agent, { number, priority: 'high' });
  await addStaffMessage(agent, { number, body: note, visibility: 'internal' });
  await addStaffMessage(agent, { number, body: 'A new lamp is on its way.', visibility: 'public' });
  await addRequesterReply({ actor: customer, number }, { body: 'Thanks!' });
  await resolveAsRequester({ actor: customer, number });
  await rateTicket({ actor: customer, number }, { rating: 4 });
});

describe('GET /api/v1/tickets/{number}/events', () => {
  it('gives staff every event of the desk’s timeline, oldest first', async () => {
    for (const role of ['agent', 'admin'] as const) {
      const answer = await list(tokens[role]);
      expect(answer.status, role).toBe(200);
      const kinds = answer.body.data.map((event: Event) => event.kind);
      expect(kinds[0]).toBe('created');
      expect(kinds).toEqual(expect.arrayContaining(['assigned', 'status_changed', 'priority_changed', 'note_added', 'replied', 'feedback_given']));
      expect(answer.body.data.find((event: Event) => event.kind === 'priority_changed')).toMatchObject({ to: 'high', actorName: agent.name });
      expect(answer.body.data.at(-1)).toMatchObject({ kind: 'status_changed', to: 'closed' });
      expect(answer.body.nextCursor).toBeNull();
      // Each reply and note event names its message, one the messages endpoint lists.
      const messageIds = (await callApi({ handler: MESSAGES, method: 'GET', template: '/api/v1/tickets/{number}/messages', params: { number }, token: tokens[role] })).body.data.map(
        (message: { id: string }) => message.id,
      );
      const about = answer.body.data.filter((event: Event) => event.kind === 'note_added' || event.kind === 'replied');
      expect(about.length).toBeGreaterThan(0);
      for (const event of about) expect(messageIds).toContain(event.messageId);
    }
  });

  it('gives the customer only the public activity, with nothing about the internal note in the events or the messages', async () => {
    const answer = await list(tokens.customer);
    expect(answer.status).toBe(200);
    const kinds: string[] = answer.body.data.map((event: Event) => event.kind);
    expect(kinds.every((kind) => (publicEventKinds as readonly string[]).includes(kind))).toBe(true);
    expect(kinds).toEqual(['created', 'status_changed', 'status_changed', 'feedback_given', 'status_changed']);
    expect(answer.body.data.find((event: Event) => event.kind === 'feedback_given')?.to).toBe('4');
    const events = JSON.stringify(answer.body);
    const messages = JSON.stringify((await callApi({ handler: MESSAGES, method: 'GET', template: '/api/v1/tickets/{number}/messages', params: { number }, token: tokens.customer })).body);
    for (const raw of [events, messages]) {
      expect(raw).not.toContain(note.slice(-36));
      expect(raw).not.toContain('note_added');
      expect(raw).not.toContain('"visibility":"internal"');
    }
    expect(events).not.toContain('assigned');
    expect(answer.body.data.every((event: Event) => event.messageId === null)).toBe(true);
    expect(events).not.toContain('priority_changed');
  });

  it('answers 404 to another customer and a pending agent, 401 without credentials', async () => {
    expect((await list(tokens.stranger)).status).toBe(404);
    expect((await list(tokens.pending)).status).toBe(404);
    const none = await list(undefined);
    expect(none.status).toBe(401);
    expect(none.body.error.code).toBe('unauthorized');
  });

  it('pages with limit and cursor to the same list, for staff and for the customer', async () => {
    for (const [token, size] of [[tokens.agent, 2], [tokens.customer, 1]] as const) {
      const whole = (await list(token, { limit: '100' })).body.data as Event[];
      const { pages, raw } = await allPages(token, size);
      expect(pages.slice(0, -1).every((page) => page.length === size)).toBe(true);
      expect(pages.flat().map((event) => event.id)).toEqual(whole.map((event) => event.id));
      if (token === tokens.customer) expect(raw).not.toContain('note_added');
    }
  });

  it('answers 422 naming limit out of range, 400 for a cursor it did not give out, including the desk’s own cursor shown to a customer', async () => {
    for (const limit of ['0', '101', '2.5']) {
      const answer = await list(tokens.agent, { limit });
      expect(answer.status, limit).toBe(422);
      expect(answer.body.error.fields.limit).toBeDefined();
    }
    expect((await list(tokens.agent, { cursor: '%%%' })).status).toBe(400);
    const deskCursor = (await list(tokens.agent, { limit: '1' })).body.nextCursor as string;
    expect(deskCursor).toBeTruthy();
    const borrowed = await list(tokens.customer, { cursor: deskCursor });
    expect(borrowed.status).toBe(400);
    expect(borrowed.body.error.fields.cursor).toBeDefined();
  });
});
