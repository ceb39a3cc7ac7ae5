import { and, asc, eq } from 'drizzle-orm';
import { beforeAll, describe, expect, it } from 'vitest';
import { getDb } from '@/db/client';
import { ticketEvents, tickets } from '@/db/schema';
import { type Actor, anonymous, type UserActor } from '@/lib/access/actor';
import { AppError } from '@/lib/errors';
import { makeTicket } from '@/lib/testing/desk-fixtures';
import { makeUser } from '@/lib/testing/fixtures';
import { getTicket } from '@/lib/tickets/read-ticket';
import { getTicketWithVersion } from '@/lib/tickets/version';
import { suggestTags } from './suggest';
import { addTicketTag, removeTicketTag } from './ticket-tags';

let requester: UserActor;
let agent: UserActor;
let admin: UserActor;
let roles: Array<[string, Actor, string]>;

beforeAll(async () => {
  requester = await makeUser('customer');
  agent = await makeUser('agent', 'approved', { name: 'Ada Agent' });
  admin = await makeUser('admin', 'approved', { name: 'Alan Admin' });
  roles = [
    ['a visitor', anonymous, 'unauthorized'],
    ['the requester', requester, 'forbidden'],
    ['another customer', await makeUser('customer'), 'forbidden'],
    ['a pending agent', await makeUser('agent', 'pending'), 'forbidden'],
    ['a suspended agent', await makeUser('agent', 'suspended'), 'forbidden'],
  ];
});

async function codeOf(promise: Promise<unknown>): Promise<string> {
  const error = await promise.then(() => null, (e: unknown) => e);
  expect(error).toBeInstanceOf(AppError);
  return (error as AppError).code;
}

async function trail(ticketId: string) {
  const db = await getDb();
  return db
    .select({ kind: ticketEvents.kind, from: ticketEvents.fromValue, to: ticketEvents.toValue, actor: ticketEvents.actorName })
    .from(ticketEvents)
    .where(and(eq(ticketEvents.ticketId, ticketId)))
    .orderBy(asc(ticketEvents.createdAt), asc(ticketEvents.id))
    .then((rows) => rows.filter((row) => row.kind === 'tagged' || row.kind === 'untagged'));
}

// One requester per ticket, so the submission limits of one test do not reach the next.
const open = async () => makeTicket(await makeUser('customer'));

describe('who may tag tickets', () => {
  it('lets approved agents and admins add and remove tags', async () => {
    const ticket = await open();
    expect(await addTicketTag(agent, { number: ticket.number, name: 'billing' })).toEqual({ number: ticket.number, tags: ['billing'] });
    expect((await addTicketTag(admin, { number: ticket.number, name: 'Refund' })).tags).toEqual(['billing', 'Refund']);
    expect((await removeTicketTag(admin, { number: ticket.number, name: 'billing' })).tags).toEqual(['Refund']);
    expect((await removeTicketTag(agent, { number: ticket.number, name: 'refund' })).tags).toEqual([]);
  });

  it('refuses visitors (401), customers — the requester too — and staff not approved (403), changing nothing', async () => {
    const ticket = await makeTicket(requester);
    await addTicketTag(agent, { number: ticket.number, name: 'keep-me' });
    for (const [who, actor, code] of roles) {
      expect(await codeOf(addTicketTag(actor, { number: ticket.number, name: 'sneaky' })), who).toBe(code);
      expect(await codeOf(removeTicketTag(actor, { number: ticket.number, name: 'keep-me' })), who).toBe(code);
      expect(await codeOf(suggestTags(actor, { prefix: 'k' })), who).toBe(code);
    }
    expect((await getTicket(agent, { number: ticket.number })).tags).toEqual(['keep-me']);
    expect(await suggestTags(agent, { prefix: 'sneaky' })).toEqual([]);
  });

  it('answers 404 for a ticket that does not exist, whoever asks', async () => {
    expect(await codeOf(addTicketTag(agent, { number: 'HD-20000101-9999', name: 'x' }))).toBe('not_found');
    expect(await codeOf(removeTicketTag(admin, { number: 'not a number', name: 'x' }))).toBe('not_found');
  });
});

describe('adding and removing tags', () => {
  it('trims a name, makes inner spaces one, and reuses an existing tag whatever its case', async () => {
    const one = await open();
    const two = await open();
    await addTicketTag(agent, { number: one.number, name: '  Damaged   parcel ' });
    expect((await addTicketTag(agent, { number: two.number, name: 'DAMAGED PARCEL' })).tags).toEqual(['Damaged parcel']);
    expect(await suggestTags(agent, { prefix: 'damaged' })).toEqual([{ name: 'Damaged parcel', tickets: 2 }]);
  });

  it('writes tagged and untagged on the trail, and nothing for a tag already there or not there', async () => {
    const ticket = await open();
    await addTicketTag(agent, { number: ticket.number, name: 'vip' });
    await addTicketTag(admin, { number: ticket.number, name: 'VIP' });
    await removeTicketTag(agent, { number: ticket.number, name: 'nothing-like-it' });
    await removeTicketTag(admin, { number: ticket.number, name: 'Vip' });
    expect(await trail(ticket.id)).toEqual([
      { kind: 'tagged', from: null, to: 'vip', actor: 'Ada Agent' },
      { kind: 'untagged', from: 'vip', to: null, actor: 'Alan Admin' },
    ]);
  });

  it('refuses an empty name, one over 40 characters and control characters, naming the field', async () => {
    const ticket = await open();
    for (const name of ['', '   ', 'x'.repeat(41), 'bell\u0007here', undefined, 42]) {
      const error = await addTicketTag(agent, { number: ticket.number, name }).catch((e: unknown) => e);
      expect(error, String(name)).toBeInstanceOf(AppError);
      expect((error as AppError).code).toBe('validation');
      expect((error as AppError).fields?.name).toBeDefined();
    }
    expect((await addTicketTag(agent, { number: ticket.number, name: 'x'.repeat(40) })).tags).toEqual(['x'.repeat(40)]);
    expect((await addTicketTag(agent, { number: ticket.number, name: 'tab\there' })).tags).toContain('tab here');
  });

  it('takes at most 20 tags on a ticket', async () => {
    const ticket = await open();
    for (let i = 1; i <= 20; i += 1) await addTicketTag(agent, { number: ticket.number, name: `limit-${i}` });
    expect(await codeOf(addTicketTag(agent, { number: ticket.number, name: 'limit-21' }))).toBe('validation');
    // One it has already is still no change, not a refusal.
    expect((await addTicketTag(agent, { number: ticket.number, name: 'LIMIT-1' })).tags).toHaveLength(20);
  });

  it('refuses changes to an archived ticket with a conflict', async () => {
    const ticket = await makeTicket(await makeUser('customer'), { archived: true });
    expect(await codeOf(addTicketTag(agent, { number: ticket.number, name: 'late' }))).toBe('conflict');
    expect(await codeOf(removeTicketTag(agent, { number: ticket.number, name: 'late' }))).toBe('conflict');
  });
});

describe('what customers see of tags', () => {
  it('shows staff the tags and the requester none, and leaves the requester’s ETag as it was', async () => {
    const owner = await makeUser('customer');
    const ticket = await makeTicket(owner);
    const before = await getTicketWithVersion(owner, { number: ticket.number });
    const staffBefore = await getTicketWithVersion(agent, { number: ticket.number });
    await addTicketTag(agent, { number: ticket.number, name: 'angry customer' });
    const after = await getTicketWithVersion(owner, { number: ticket.number });
    expect(after.view.tags).toBeNull();
    expect(after.version).toBe(before.version);
    const staffAfter = await getTicketWithVersion(agent, { number: ticket.number });
    expect(staffAfter.view.tags).toEqual(['angry customer']);
    expect(staffAfter.version).not.toBe(staffBefore.version);
  });
});

describe('suggestTags', () => {
  it('offers tags starting with the text typed, any case, the most used first, then A to Z', async () => {
    const tickets = await Promise.all([open(), open(), open()]);
    for (const t of tickets) await addTicketTag(agent, { number: t.number, name: 'ship-late' });
    await addTicketTag(agent, { number: tickets[0]!.number, name: 'Ship-broken' });
    await addTicketTag(agent, { number: tickets[1]!.number, name: 'ship-broken' });
    await addTicketTag(agent, { number: tickets[0]!.number, name: 'ship-address' });
    await addTicketTag(agent, { number: tickets[0]!.number, name: 'reship' });
    expect(await suggestTags(agent, { prefix: 'SHIP-' })).toEqual([
      { name: 'ship-late', tickets: 3 },
      { name: 'Ship-broken', tickets: 2 },
      { name: 'ship-address', tickets: 1 },
    ]);
    expect(await suggestTags(agent, { prefix: 'ship-', limit: 1 })).toEqual([{ name: 'ship-late', tickets: 3 }]);
  });

  it('matches % and _ as themselves, and leaves out tags on no ticket', async () => {
    const ticket = await open();
    await addTicketTag(agent, { number: ticket.number, name: '100%_sure' });
    await addTicketTag(agent, { number: ticket.number, name: '100 maybe' });
    await removeTicketTag(agent, { number: ticket.number, name: '100 maybe' });
    expect((await suggestTags(agent, { prefix: '100%' })).map((s) => s.name)).toEqual(['100%_sure']);
    expect(await suggestTags(agent, { prefix: '100_' })).toEqual([]);
    expect(await suggestTags(agent, { prefix: '100 m' })).toEqual([]);
  });

  it('refuses a prefix over 40 characters and a limit out of range', async () => {
    expect(await codeOf(suggestTags(agent, { prefix: 'x'.repeat(41) }))).toBe('validation');
    expect(await codeOf(suggestTags(agent, { limit: 0 }))).toBe('validation');
    expect(await codeOf(suggestTags(agent, { limit: 101 }))).toBe('validation');
  });
});

describe('deleting a ticket', () => {
  it('takes its tag links with it', async () => {
    const ticket = await open();
    await addTicketTag(agent, { number: ticket.number, name: 'gone-soon' });
    const db = await getDb();
    await db.delete(tickets).where(eq(tickets.id, ticket.id));
    expect(await suggestTags(agent, { prefix: 'gone-soon' })).toEqual([]);
  });
});
