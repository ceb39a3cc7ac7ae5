import { beforeAll, describe, expect, it } from 'vitest';
import { getDb } from '@/db/client';
import { ticketMessages } from '@/db/schema';
import { type Actor, anonymous, type UserActor } from '@/lib/access/actor';
import { AppError } from '@/lib/errors';
import { contactInput, freshIp, makeUser } from '@/lib/testing/fixtures';
import { createTicket } from './create-ticket';
import { getTicket } from './read-ticket';

async function errorOf(promise: Promise<unknown>): Promise<AppError> {
  const error = await promise.then(
    () => null,
    (e: unknown) => e,
  );
  expect(error).toBeInstanceOf(AppError);
  return error as AppError;
}

const PHONE = '+44 20 7946 0958';
const PUBLIC_REPLY = 'We have asked the courier where your lamp is.';
const INTERNAL_NOTE = 'Internal: courier lost it, refund approved by Finance (ref FIN-8812).';

type Cast = {
  owner: UserActor;
  otherCustomer: UserActor;
  pendingAgent: UserActor;
  rejectedAgent: UserActor;
  suspendedAgent: UserActor;
  agent: UserActor;
  admin: UserActor;
};
let cast: Cast;
let ticketNumber: string;

beforeAll(async () => {
  cast = {
    owner: await makeUser('customer'),
    otherCustomer: await makeUser('customer'),
    pendingAgent: await makeUser('agent', 'pending'),
    rejectedAgent: await makeUser('agent', 'rejected'),
    suspendedAgent: await makeUser('agent', 'suspended'),
    agent: await makeUser('agent', 'approved'),
    admin: await makeUser('admin', 'approved'),
  };
  const ticket = await createTicket(cast.owner, contactInput({ phone: PHONE }), { ip: freshIp() });
  ticketNumber = ticket.number;
  const db = await getDb();
  await db.insert(ticketMessages).values([
    {
      ticketId: ticket.id,
      visibility: 'public',
      authorKind: 'staff',
      authorId: cast.agent.id,
      authorName: cast.agent.name,
      body: PUBLIC_REPLY,
      createdAt: new Date(ticket.createdAt.getTime() + 60_000),
    },
    {
      ticketId: ticket.id,
      visibility: 'internal',
      authorKind: 'staff',
      authorId: cast.agent.id,
      authorName: cast.agent.name,
      body: INTERNAL_NOTE,
      createdAt: new Date(ticket.createdAt.getTime() + 120_000),
    },
  ]);
});

describe('getTicket', () => {
  it('shows the owning customer their ticket with public messages only', async () => {
    const view = await getTicket(cast.owner, { number: ticketNumber });
    expect(view).toMatchObject({
      number: ticketNumber,
      subject: 'My parcel has not arrived',
      status: 'open',
      category: 'Order & delivery',
      requester: { email: cast.owner.email, hasAccount: true },
    });
    expect(view.messages.map((m) => [m.visibility, m.authorKind, m.body])).toEqual([['public', 'staff', PUBLIC_REPLY]]);
  });

  it('never lets the internal note reach the owning customer, in any field', async () => {
    const view = await getTicket(cast.owner, { number: ticketNumber });
    const serialised = JSON.stringify(view);
    expect(serialised).not.toContain(INTERNAL_NOTE);
    expect(serialised).not.toContain('FIN-8812');
    expect(serialised).not.toContain('internal');
  });

  it('finds the ticket when the owner types its number in lower case with spaces around it', async () => {
    const view = await getTicket(cast.owner, { number: `  ${ticketNumber.toLowerCase()} ` });
    expect(view.number).toBe(ticketNumber);
  });

  it.each([
    ['an approved agent', 'agent'],
    ['an admin', 'admin'],
  ] as const)('shows %s every message in order and the requester’s phone', async (_label, who) => {
    const view = await getTicket(cast[who], { number: ticketNumber });
    expect(view.messages.map((m) => [m.visibility, m.body])).toEqual([
      ['public', PUBLIC_REPLY],
      ['internal', INTERNAL_NOTE],
    ]);
    expect(view.requester).toMatchObject({ email: cast.owner.email, phone: PHONE, hasAccount: true });
  });

  const outsiders: Array<[string, () => Actor]> = [
    ['a visitor', () => anonymous],
    ['another customer', () => cast.otherCustomer],
    ['a pending agent', () => cast.pendingAgent],
    ['a rejected agent', () => cast.rejectedAgent],
    ['a suspended agent', () => cast.suspendedAgent],
  ];

  it.each(outsiders)(
    'tells %s the ticket does not exist, exactly as for a number never issued',
    async (_label, actor) => {
      const existing = await errorOf(getTicket(actor(), { number: ticketNumber }));
      const missing = await errorOf(getTicket(actor(), { number: 'HD-19990101-9999' }));
      expect(existing.code).toBe('not_found');
      expect(existing.status).toBe(404);
      expect(existing.message).toBe(missing.message);
      expect(existing.toJSON()).toEqual(missing.toJSON());
    },
  );

  it('does not let a customer read a visitor’s ticket sent from the customer’s own email address', async () => {
    const ticket = await createTicket(anonymous, contactInput({ email: cast.otherCustomer.email }), { ip: freshIp() });
    const error = await errorOf(getTicket(cast.otherCustomer, { number: ticket.number }));
    expect(error.code).toBe('not_found');
    const view = await getTicket(cast.agent, { number: ticket.number });
    expect(view.requester).toMatchObject({ email: cast.otherCustomer.email, hasAccount: false });
  });

  it.each(['', 'HD-1', 'HD-2025-0001', 'not a number', "HD-20250101-0001' or '1'='1", 'HD-20250101-00a1'])(
    'answers the malformed number %j with not_found, even to an admin',
    async (number) => {
      const error = await errorOf(getTicket(cast.admin, { number }));
      expect(error.code).toBe('not_found');
    },
  );
});
