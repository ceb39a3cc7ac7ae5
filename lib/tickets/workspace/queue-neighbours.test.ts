import { randomUUID } from 'node:crypto';
import { beforeAll, describe, expect, it } from 'vitest';
import { type Actor, anonymous, type UserActor } from '@/lib/access/actor';
import { AppError } from '@/lib/errors';
import { makeTicket } from '@/lib/testing/desk-fixtures';
import { makeUser } from '@/lib/testing/fixtures';
import { listQueue } from '../queue/list';
import { getQueueNeighbours } from './queue-neighbours';

const minute = 60_000;
const base = Date.parse('2031-02-01T09:00:00Z');
const at = (minutes: number) => new Date(base + minutes * minute);

let agent: UserActor;
let email: string;
const t: Record<string, string> = {};

beforeAll(async () => {
  agent = await makeUser('agent', 'approved');
  const opener = await makeUser('agent');
  // One requester, so that a requester filter makes a queue of these tickets alone.
  email = `steps-${randomUUID().slice(0, 8)}@example.test`;
  const shapes = {
    a: { priority: 'low', createdAt: at(0), lastActivityAt: at(40) },
    b: { priority: 'urgent', createdAt: at(10), lastActivityAt: at(30) },
    c: { priority: 'medium', createdAt: at(20), lastActivityAt: at(50) },
    d: { priority: 'high', createdAt: at(30), lastActivityAt: at(10), status: 'resolved' },
  } as const;
  for (const [key, shape] of Object.entries(shapes)) t[key] = (await makeTicket(opener, { email, ...shape })).number;
});

/** Walks a queue from its first ticket by `next`, and back from its last by `previous`. */
async function walk(from: string) {
  const order = (await listQueue(agent, Object.fromEntries(new URLSearchParams(from)))).rows.map((row) => row.number);
  const forward = [order[0]!];
  for (let step = await getQueueNeighbours(agent, { number: order[0]!, from }); step?.next; step = await getQueueNeighbours(agent, { number: step.next, from })) {
    forward.push(step.next);
  }
  const backward = [order.at(-1)!];
  for (let step = await getQueueNeighbours(agent, { number: order.at(-1)!, from }); step?.previous; step = await getQueueNeighbours(agent, { number: step.previous, from })) {
    backward.unshift(step.previous);
  }
  return { order, forward, backward };
}

describe('previous and next ticket in the queue the agent came from', () => {
  it.each([
    ['last activity', '', ['c', 'a', 'b']],
    ['newest first', 'sort=created', ['c', 'b', 'a']],
    ['priority', 'sort=priority', ['b', 'c', 'a']],
    ['a view of its own', 'view=resolved', ['d']],
  ])('steps through the queue by %s exactly as it lists', async (_label, query, keys) => {
    const from = new URLSearchParams([...new URLSearchParams(query), ['requester', email]]).toString();
    const { order, forward, backward } = await walk(from);
    expect(order).toEqual(keys.map((key) => t[key]));
    expect(forward).toEqual(order);
    expect(backward).toEqual(order);
  });

  it('steps on from a ticket that has left the queue, from where it would be', async () => {
    const from = new URLSearchParams({ requester: email }).toString();
    expect(await getQueueNeighbours(agent, { number: t.d!, from })).toEqual({ queueHref: `/desk?requester=${encodeURIComponent(email)}`, previous: t.b, next: null });
  });

  it('offers no neighbours for a search, nor without a queue, and ignores a page cursor', async () => {
    expect(await getQueueNeighbours(agent, { number: t.a!, from: `q=parcel&requester=${email}` })).toMatchObject({ previous: null, next: null });
    expect(await getQueueNeighbours(agent, { number: t.a!, from: undefined })).toBeNull();
    expect(await getQueueNeighbours(agent, { number: t.a!, from: 'x'.repeat(1_001) })).toBeNull();
    expect(await getQueueNeighbours(agent, { number: t.a!, from: `requester=${email}&cursor=junk` })).toMatchObject({ previous: t.c, next: t.b });
  });

  it.each([
    ['a visitor', async () => anonymous, 'unauthorized'],
    ['a customer', () => makeUser('customer'), 'forbidden'],
    ['a pending agent', () => makeUser('agent', 'pending'), 'forbidden'],
  ] as Array<[string, () => Promise<Actor>, string]>)('refuses %s', async (_label, makeActor, code) => {
    const error = await getQueueNeighbours(await makeActor(), { number: t.a!, from: '' }).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(AppError);
    expect((error as AppError).code).toBe(code);
  });

  it('lets an admin step too', async () => {
    const admin = await makeUser('admin');
    expect(await getQueueNeighbours(admin, { number: t.a!, from: `requester=${email}` })).toMatchObject({ previous: t.c, next: t.b });
  });
});
