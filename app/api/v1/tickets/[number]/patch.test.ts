import { beforeAll, describe, expect, it, vi } from 'vitest';
import { anonymous, type Actor, type UserActor } from '@/lib/access/actor';
import { callApi } from '@/lib/api/testing/api-client';
import { createApiToken } from '@/lib/api-tokens/manage';
import { contactInput, freshIp, makeUser } from '@/lib/testing/fixtures';
import { createTicket } from '@/lib/tickets/create-ticket';
import { claimTicket } from '@/lib/tickets/workspace';
import { GET, PATCH } from './route';

// Calls without a token fall back to the session cookie: here, nobody signed in.
const session = vi.hoisted(() => ({ actor: undefined as Actor | undefined }));
vi.mock('@/lib/auth/session', () => ({ getActor: vi.fn(async () => session.actor ?? anonymous) }));

const template = '/api/v1/tickets/{number}';
const tokenOf = async (user: UserActor) => (await createApiToken(user, { name: 'test', scopes: ['read', 'write'] })).token;

type Role = 'anonymous' | 'customer' | 'stranger' | 'pending' | 'agent' | 'admin';
let customer: UserActor;
let agent: UserActor;
let otherAgent: UserActor;
let admin: UserActor;
const tokens = {} as Record<Role | 'otherAgent', string | undefined>;

/** A ticket of a new customer, who becomes `customer`: the contact limits count per email. */
async function openTicket(): Promise<string> {
  customer = await makeUser('customer');
  tokens.customer = await tokenOf(customer);
  return (await createTicket(customer, contactInput(), { ip: freshIp() })).number;
}
const patch = (number: string, token: string | undefined, body: unknown, headers?: Record<string, string>) =>
  callApi({ handler: PATCH, method: 'PATCH', template, params: { number }, token, body, headers });
const read = (number: string, token: string | undefined) => callApi({ handler: GET, method: 'GET', template, params: { number }, token });

beforeAll(async () => {
  agent = await makeUser('agent', 'approved', { name: 'Ada Agent' });
  otherAgent = await makeUser('agent', 'approved', { name: 'Grace Hopper' });
  admin = await makeUser('admin', 'approved');
  tokens.anonymous = undefined;
  tokens.stranger = await tokenOf(await makeUser('customer'));
  tokens.pending = await tokenOf(await makeUser('agent', 'pending'));
  tokens.agent = await tokenOf(agent);
  tokens.otherAgent = await tokenOf(otherAgent);
  tokens.admin = await tokenOf(admin);
});

describe('PATCH /api/v1/tickets/{number} with an assignee, by role', () => {
  it('lets staff claim a ticket for themselves and refuses everyone else', async () => {
    const expected: Record<Role, number> = { anonymous: 401, customer: 403, stranger: 404, pending: 403, agent: 200, admin: 200 };
    for (const role of Object.keys(expected) as Role[]) {
      const number = await openTicket();
      const self = role === 'agent' ? agent.id : role === 'admin' ? admin.id : customer.id;
      const answer = await patch(number, tokens[role], { assignee: self });
      expect(answer.status, role).toBe(expected[role]);
      const after = (await read(number, tokens.admin)).body.ticket;
      if (answer.status === 200) {
        expect(answer.body.ticket.assignee, role).toBe(role === 'agent' ? agent.name : admin.name);
        expect(answer.body.ticket.status, role).toBe('in_progress');
      } else {
        expect(after.assignee, role).toBeNull();
      }
    }
  });

  it('lets only an admin hand a ticket to another agent, and refuses the rest', async () => {
    const expected: Record<Role, number> = { anonymous: 401, customer: 403, stranger: 404, pending: 403, agent: 403, admin: 200 };
    for (const role of Object.keys(expected) as Role[]) {
      const number = await openTicket();
      const answer = await patch(number, tokens[role], { assignee: otherAgent.id });
      expect(answer.status, role).toBe(expected[role]);
      expect((await read(number, tokens.admin)).body.ticket.assignee, role).toBe(role === 'admin' ? otherAgent.name : null);
    }
  });

  it('lets the holder and an admin unassign, and refuses another agent naming the holder', async () => {
    const expected: Record<Role, number> = { anonymous: 401, customer: 403, stranger: 404, pending: 403, agent: 403, admin: 200 };
    for (const role of Object.keys(expected) as Role[]) {
      const number = await openTicket();
      await claimTicket(otherAgent, { number });
      const answer = await patch(number, tokens[role], { assignee: null });
      expect(answer.status, role).toBe(expected[role]);
      if (role === 'agent') expect(answer.body.error.message).toBe('Only Grace Hopper or an admin can unassign this ticket.');
      expect((await read(number, tokens.admin)).body.ticket.assignee, role).toBe(role === 'admin' ? null : otherAgent.name);
    }
    const held = await openTicket();
    await claimTicket(otherAgent, { number: held });
    expect((await patch(held, tokens.otherAgent, { assignee: null })).body.ticket.assignee).toBeNull();
  });

  it('answers 422 on assignee for a customer, a pending agent, an unknown id or no uuid at all', async () => {
    const number = await openTicket();
    const pending = await makeUser('agent', 'pending');
    for (const assignee of [customer.id, pending.id, '00000000-0000-4000-8000-000000000000', 'me', 42]) {
      const answer = await patch(number, tokens.admin, { assignee });
      expect(answer.status, String(assignee)).toBe(422);
      expect(answer.body.error.fields.assignee, String(assignee)).toBeDefined();
    }
  });

  it('gives the ticket to one of two agents claiming at once; the other gets 409 naming the holder', async () => {
    const number = await openTicket();
    const [a, b] = await Promise.all([patch(number, tokens.agent, { assignee: agent.id }), patch(number, tokens.otherAgent, { assignee: otherAgent.id })]);
    expect([a?.status, b?.status].sort()).toEqual([200, 409]);
    const winner = a?.status === 200 ? a : b;
    const loser = a?.status === 200 ? b : a;
    const holder = winner?.body.ticket.assignee as string;
    expect([agent.name, otherAgent.name]).toContain(holder);
    expect(loser?.body.error.message).toBe(`${holder} already has this ticket.`);
    expect((await read(number, tokens.admin)).body.ticket.assignee).toBe(holder);
  });

  it('refuses a claim with a stale ETag with 412, and takes it with the fresh one', async () => {
    const number = await openTicket();
    const etag = (await read(number, tokens.agent)).headers.get('etag') ?? '';
    expect((await patch(number, tokens.admin, { priority: 'high' })).status).toBe(200);
    const stale = await patch(number, tokens.agent, { assignee: agent.id }, { 'if-match': etag });
    expect(stale.status).toBe(412);
    expect(stale.body.error.code).toBe('precondition_failed');
    expect((await read(number, tokens.admin)).body.ticket.assignee).toBeNull();
    const fresh = (await read(number, tokens.agent)).headers.get('etag') ?? '';
    const taken = await patch(number, tokens.agent, { assignee: agent.id, status: 'on_hold' }, { 'if-match': fresh });
    expect(taken.status).toBe(200);
    expect(taken.body.ticket).toMatchObject({ assignee: agent.name, status: 'on_hold' });
    expect(taken.headers.get('etag')).not.toBe(fresh);
  });

  it('names the status field when the machine refuses a move', async () => {
    const number = await openTicket();
    const answer = await patch(number, tokens.agent, { status: 'on_hold' });
    expect(answer.status).toBe(409);
    expect(answer.body.error.fields).toEqual({ status: [expect.stringContaining('From open a ticket can move to')] });
  });
});

describe('PATCH /api/v1/tickets/{number} by the ticket’s customer', () => {
  it('marks their own ticket solved, as the portal does', async () => {
    const number = await openTicket();
    const answer = await patch(number, tokens.customer, { status: 'resolved' });
    expect(answer.status).toBe(200);
    expect(answer.body.ticket.status).toBe('resolved');
    expect((await read(number, tokens.agent)).body.ticket.status).toBe('resolved');
  });

  it('refuses any other field or status with 403, changing nothing', async () => {
    const number = await openTicket();
    for (const body of [{ priority: 'urgent' }, { status: 'closed' }, { status: 'in_progress' }, { category: 'billing' }, { assignee: null }, { status: 'resolved', priority: 'low' }]) {
      const answer = await patch(number, tokens.customer, body);
      expect(answer.status, JSON.stringify(body)).toBe(403);
      expect(answer.body.error.message).toContain('only mark their own ticket as solved');
    }
    expect((await read(number, tokens.agent)).body.ticket).toMatchObject({ status: 'open', priority: 'medium', assignee: null });
  });

  it('answers 404 on another customer’s ticket, whatever the body', async () => {
    const number = await openTicket();
    for (const body of [{ status: 'resolved' }, { priority: 'urgent' }]) expect((await patch(number, tokens.stranger, body)).status).toBe(404);
    expect((await read(number, tokens.agent)).body.ticket.status).toBe('open');
  });

  it('honours If-Match: a stale ETag is 412, the customer’s fresh one goes through', async () => {
    const number = await openTicket();
    const etag = (await read(number, tokens.customer)).headers.get('etag') ?? '';
    expect((await patch(number, tokens.agent, { priority: 'high' })).status).toBe(200);
    const stale = await patch(number, tokens.customer, { status: 'resolved' }, { 'if-match': etag });
    expect(stale.status).toBe(412);
    expect((await read(number, tokens.agent)).body.ticket.status).toBe('open');
    const fresh = (await read(number, tokens.customer)).headers.get('etag') ?? '';
    expect((await patch(number, tokens.customer, { status: 'resolved' }, { 'if-match': fresh })).status).toBe(200);
  });

  it('cannot resolve a closed ticket', async () => {
    const number = await openTicket();
    await patch(number, tokens.agent, { status: 'resolved' });
    await patch(number, tokens.agent, { status: 'closed' });
    expect((await patch(number, tokens.customer, { status: 'resolved' })).status).toBe(409);
  });
});
