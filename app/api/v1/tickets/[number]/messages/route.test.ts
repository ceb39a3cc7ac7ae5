import { randomUUID } from 'node:crypto';
import { beforeAll, describe, expect, it, vi } from 'vitest';
import { anonymous, type UserActor } from '@/lib/access/actor';
import { callApi } from '@/lib/api/testing/api-client';
import { createApiToken } from '@/lib/api-tokens/manage';
import { contactInput, freshIp, makeUser } from '@/lib/testing/fixtures';
import { createTicket } from '@/lib/tickets/create-ticket';
import { addRequesterReply, resolveAsRequester } from '@/lib/tickets/requester';
import { addStaffMessage, transitionTicket } from '@/lib/tickets/workspace';
import { GET, POST } from './route';

// Callers without a token are read from the session cookie: here there is none.
vi.mock('@/lib/auth/session', () => ({ getActor: vi.fn(async () => anonymous) }));

const template = '/api/v1/tickets/{number}/messages';
type Role = 'customer' | 'stranger' | 'pending' | 'agent' | 'admin';
type Message = { id: string; visibility: string; internal: boolean; authorKind: string; body: string };

let customer: UserActor;
let agent: UserActor;
let tokens: Record<Role | 'readOnly', string>;
const tokenOf = async (user: UserActor, scopes: ('read' | 'write')[] = ['read', 'write']) => (await createApiToken(user, { name: 'test', scopes })).token;
/** A ticket of a customer of its own: opening tickets is rate-limited per requester. */
async function openTicket(): Promise<{ number: string; owner: UserActor; ownerToken: string }> {
  const owner = await makeUser('customer');
  const { number } = await createTicket(owner, contactInput(), { ip: freshIp() });
  return { number, owner, ownerToken: await tokenOf(owner) };
}
const list = (number: string, token: string | undefined, query: Record<string, string> = {}) => callApi({ handler: GET, method: 'GET', template, params: { number }, token, query });
const send = (number: string, token: string | undefined, body: unknown) => callApi({ handler: POST, method: 'POST', template, params: { number }, token, body });

/** Every page of the list, following nextCursor. */
async function allPages(number: string, token: string, limit: number): Promise<{ pages: Message[][]; raw: string }> {
  const pages: Message[][] = [];
  let raw = '';
  let cursor: string | undefined;
  do {
    const answer = await list(number, token, { limit: String(limit), ...(cursor ? { cursor } : {}) });
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
    readOnly: await tokenOf(agent, ['read']),
  };
});

describe('GET /api/v1/tickets/{number}/messages', () => {
  let number: string;
  const note = `Internal: the courier owes us a refund ${randomUUID()}`;

  beforeAll(async () => {
    number = (await createTicket(customer, contactInput(), { ip: freshIp() })).number;
    await addStaffMessage(agent, { number, body: 'We are looking into it.', visibility: 'public' });
    await addStaffMessage(agent, { number, body: note, visibility: 'internal' });
    await addRequesterReply({ actor: customer, number }, { body: 'Thank you!' });
  });

  it('gives staff every message with its visibility, the customer the replies only, anyone else 401 or 404', async () => {
    for (const role of ['agent', 'admin'] as const) {
      const answer = await list(number, tokens[role]);
      expect(answer.status, role).toBe(200);
      expect(answer.body.data.map((m: Message) => m.visibility)).toEqual(['public', 'internal', 'public']);
      expect(answer.body.data[1]).toMatchObject({ body: note, internal: true, authorKind: 'staff' });
      expect(answer.body.nextCursor).toBeNull();
    }
    const own = await list(number, tokens.customer);
    expect(own.status).toBe(200);
    expect(own.body.data.map((m: Message) => [m.authorKind, m.visibility, m.body])).toEqual([
      ['staff', 'public', 'We are looking into it.'],
      ['requester', 'public', 'Thank you!'],
    ]);
    expect(JSON.stringify(own.body)).not.toContain(note.slice(-36));
    for (const role of ['stranger', 'pending'] as const) expect((await list(number, tokens[role])).status, role).toBe(404);
    expect((await list(number, undefined)).status).toBe(401);
    expect((await list('HD-19990101-0001', tokens.agent)).status).toBe(404);
  });

  it('pages oldest first with limit and cursor, and never hands a customer a note on any page', async () => {
    const { number: paged, ownerToken } = await openTicket();
    const secret = randomUUID();
    for (let i = 1; i <= 5; i += 1) {
      await addStaffMessage(agent, { number: paged, body: `Reply ${i}`, visibility: 'public' });
      await addStaffMessage(agent, { number: paged, body: `Note ${i} ${secret}`, visibility: 'internal' });
    }
    const staff = await allPages(paged, tokens.agent, 3);
    expect(staff.pages.map((page) => page.length)).toEqual([3, 3, 3, 1]);
    const bodies = staff.pages.flat().map((m) => m.body.replace(` ${secret}`, ''));
    expect(bodies).toEqual([1, 2, 3, 4, 5].flatMap((i) => [`Reply ${i}`, `Note ${i}`]));
    const mine = await allPages(paged, ownerToken, 2);
    expect(mine.pages.map((page) => page.length)).toEqual([2, 2, 1]);
    expect(mine.pages.flat().map((m) => m.body)).toEqual([1, 2, 3, 4, 5].map((i) => `Reply ${i}`));
    expect(mine.raw).not.toContain(secret);
    expect(mine.raw).not.toContain('"visibility":"internal"');
    expect(mine.raw).not.toContain('"internal":true');
    const byDefault = await list(paged, tokens.agent);
    expect(byDefault.body.data).toHaveLength(10);
  });

  it('answers 422 naming limit for a page size out of range, 400 for a cursor it did not give out', async () => {
    for (const limit of ['0', '101', 'ten']) {
      const answer = await list(number, tokens.agent, { limit });
      expect(answer.status, limit).toBe(422);
      expect(answer.body.error.fields.limit).toBeDefined();
    }
    const foreign = await list(number, tokens.agent, { cursor: 'bm90LWEtY3Vyc29y' });
    expect(foreign.status).toBe(400);
    expect(foreign.body.error.fields.cursor).toBeDefined();
  });
});

describe('POST /api/v1/tickets/{number}/messages', () => {
  it('lets the customer reply (201) and staff reply or note; refuses a customer’s note (403), pending agents (403), another customer (404) and anonymous callers (401)', async () => {
    const { number, owner, ownerToken } = await openTicket();
    const reply = await send(number, ownerToken, { body: '  Here is the photo.  ' });
    expect(reply.status).toBe(201);
    expect(reply.body.message).toMatchObject({ visibility: 'public', internal: false, authorKind: 'requester', authorName: owner.name, body: 'Here is the photo.' });
    const customerNote = await send(number, ownerToken, { body: 'Just for me', internal: true });
    expect(customerNote.status).toBe(403);
    expect(customerNote.body.error.code).toBe('forbidden');
    for (const role of ['agent', 'admin'] as const) {
      const staffReply = await send(number, tokens[role], { body: `A reply from ${role}` });
      expect(staffReply.status, role).toBe(201);
      expect(staffReply.body.message).toMatchObject({ visibility: 'public', authorKind: 'staff', body: `A reply from ${role}` });
      const staffNote = await send(number, tokens[role], { body: `A note from ${role}`, internal: true });
      expect(staffNote.status, role).toBe(201);
      expect(staffNote.body.message).toMatchObject({ visibility: 'internal', internal: true });
    }
    expect((await send(number, tokens.pending, { body: 'Let me in' })).status).toBe(403);
    expect((await send(number, tokens.customer, { body: 'Not mine' })).status).toBe(404);
    expect((await send(number, undefined, { body: 'Who am I' })).status).toBe(401);
    const seen = (await list(number, ownerToken)).body.data.map((m: Message) => m.body);
    expect(seen).toEqual(['Here is the photo.', 'A reply from agent', 'A reply from admin']);
  });

  it('refuses a read-only token with 403 and writes nothing', async () => {
    const { number } = await openTicket();
    const answer = await send(number, tokens.readOnly, { body: 'Sent with a read token' });
    expect(answer.status).toBe(403);
    expect(answer.body.error.code).toBe('forbidden');
    expect((await list(number, tokens.agent)).body.data).toEqual([]);
  });

  it('refuses a public reply with 409 stale_reply when someone replied after seenMessageId, and takes it once up to date', async () => {
    const { number, ownerToken } = await openTicket();
    const first = await send(number, tokens.agent, { body: 'First answer.' });
    const seenMessageId = first.body.message.id as string;
    await send(number, ownerToken, { body: 'But it is still broken.' });
    const stale = await send(number, tokens.admin, { body: 'Should be fixed now.', seenMessageId });
    expect(stale.status).toBe(409);
    expect(stale.body.error.code).toBe('stale_reply');
    expect(stale.body.error.fields.seenMessageId).toBeDefined();
    const none = await send(number, tokens.admin, { body: 'Should be fixed now.', seenMessageId: '' });
    expect(none.status).toBe(409);
    // A note reaches nobody outside the team: it is never held back.
    expect((await send(number, tokens.admin, { body: 'Noted.', internal: true, seenMessageId })).status).toBe(201);
    const latest = (await list(number, tokens.admin)).body.data.filter((m: Message) => m.visibility === 'public').at(-1).id as string;
    const fresh = await send(number, tokens.admin, { body: 'Should be fixed now.', seenMessageId: latest });
    expect(fresh.status).toBe(201);
  });

  it('answers 422 naming each field that fails the reply form’s rules, and 409 for a public reply on a closed ticket', async () => {
    const { number, owner, ownerToken } = await openTicket();
    const cases: Array<[unknown, string]> = [
      [{ body: '   ' }, 'body'],
      [{}, 'body'],
      [{ body: 'x'.repeat(10_001) }, 'body'],
      [{ body: 'Hello', internal: 'yes' }, 'internal'],
      [{ body: 'Hello', seenMessageId: 'not-an-id' }, 'seenMessageId'],
    ];
    for (const [body, field] of cases) {
      for (const token of [tokens.agent, ownerToken]) {
        const answer = await send(number, token, body);
        expect(answer.status, JSON.stringify(body).slice(0, 60)).toBe(422);
        expect(Object.keys(answer.body.error.fields)).toEqual([field]);
      }
    }
    expect((await send(number, tokens.agent, '{"body":')).status).toBe(400);
    await resolveAsRequester({ actor: owner, number });
    await transitionTicket(agent, { number, to: 'closed' });
    const closed = await send(number, ownerToken, { body: 'One more thing' });
    expect(closed.status).toBe(409);
    expect(closed.body.error.code).toBe('conflict');
    expect((await send(number, tokens.agent, { body: 'A note still goes in.', internal: true })).status).toBe(201);
  });
});
