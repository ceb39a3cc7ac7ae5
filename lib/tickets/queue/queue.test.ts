import { beforeAll, describe, expect, it } from 'vitest';
import type { UserActor } from '@/lib/access/actor';
import { addMessage, makeTicket } from '@/lib/testing/desk-fixtures';
import { makeUser } from '@/lib/testing/fixtures';
import { countQueueViews } from './counts';
import { listQueue } from './list';
import type { QueueView } from './schema';

// One small desk, built once: every view, filter and search below is checked against it exactly.
let agentA: UserActor;
let agentB: UserActor;
const t: Record<string, { id: string; number: string }> = {};
const minute = 60_000;
const base = Date.parse('2030-05-01T09:00:00Z');
const at = (minutes: number) => new Date(base + minutes * minute);

beforeAll(async () => {
  agentA = await makeUser('agent', 'approved', { name: 'Agent Alpha' });
  agentB = await makeUser('agent', 'approved', { name: 'Agent Bravo' });
  const opener = await makeUser('agent');
  const shapes = {
    open: { subject: 'Invoice shows the wrong VAT number', category: 'billing', priority: 'urgent', name: 'Ada Quibble', email: 'Ada.Quibble@Example.test', createdAt: at(0), lastActivityAt: at(90) },
    working: { subject: 'Scanner drops the first digit', category: 'technical', priority: 'high', status: 'in_progress', assignee: 'A', createdAt: at(10), lastActivityAt: at(50), lastMessageBy: 'staff' },
    held: { subject: 'Label printer jams on every third label', message: 'The feeder makes a grinding noise before it jams.', category: 'technical', priority: 'low', status: 'on_hold', assignee: 'B', createdAt: at(20), lastActivityAt: at(70) },
    waiting: { subject: 'Refund for a returned cash drawer', category: 'billing', priority: 'medium', status: 'pending_customer', assignee: 'A', createdAt: at(30), lastActivityAt: at(60), lastMessageBy: 'staff' },
    resolved: { subject: 'Password reset email never arrives', category: 'account', status: 'resolved', assignee: 'A', createdAt: at(40), lastActivityAt: at(80) },
    closed: { subject: 'Change the delivery address', category: 'order-delivery', status: 'closed', assignee: 'B', createdAt: at(50), lastActivityAt: at(55) },
    archivedClosed: { subject: 'Old walrus complaint', category: 'other', status: 'closed', assignee: 'B', archived: true, createdAt: at(60), lastActivityAt: at(65) },
    archivedOpen: { subject: 'Spam about a walrus', category: 'other', archived: true, createdAt: at(70), lastActivityAt: at(75) },
  } as const;
  for (const [key, { assignee, ...shape }] of Object.entries(shapes) as Array<[string, (typeof shapes)[keyof typeof shapes] & { assignee?: 'A' | 'B' }]>) {
    t[key] = await makeTicket(opener, { ...shape, assignee: assignee === 'A' ? agentA : assignee === 'B' ? agentB : undefined });
  }
  await addMessage(t.working!.id, agentA, 'Asked the customer to update the zeppelin firmware first.');
  await addMessage(t.held!.id, agentB, 'Vendor says the platypus roller is on backorder.', 'internal');
});

async function numbers(actor: UserActor, params: Record<string, string>) {
  return (await listQueue(actor, params)).rows.map((row) => row.number);
}

describe('queue views', () => {
  const expected: Record<QueueView, string[]> = {
    unassigned: ['open'],
    mine: ['waiting', 'working'],
    open: ['open', 'held', 'waiting', 'working'],
    // No SLA targets here: no ticket has a due time.
    due: [],
    waiting: ['waiting'],
    resolved: ['resolved'],
    closed: ['closed'],
    archived: ['archivedOpen', 'archivedClosed'],
  };

  it.each(Object.entries(expected))('the %s view holds exactly its tickets, most recent activity first', async (view, keys) => {
    expect(await numbers(agentA, { view })).toEqual(keys.map((key) => t[key]!.number));
  });

  it('shows archived tickets in the archive only, with the status they had', async () => {
    const archived = (await listQueue(agentA, { view: 'archived' })).rows;
    expect(archived.map((row) => [row.status, row.archived])).toEqual([['open', true], ['closed', true]]);
  });

  it('counts each view, from the same conditions as the list', async () => {
    const counts = await countQueueViews(agentA);
    for (const [view, keys] of Object.entries(expected)) {
      expect(counts[view as QueueView], view).toEqual({ count: keys.length, capped: false });
    }
    expect((await countQueueViews(agentB)).mine).toEqual({ count: 1, capped: false });
  });

  it('treats an unknown view or sort as the default rather than failing', async () => {
    expect(await numbers(agentA, { view: 'bogus', sort: 'sideways' })).toEqual(await numbers(agentA, {}));
  });

  it('fills each row for the table, with "needs reply" when the requester wrote last on an open ticket', async () => {
    const [row] = (await listQueue(agentA, { view: 'unassigned' })).rows;
    expect(row).toMatchObject({
      number: t.open!.number,
      requesterName: 'Ada Quibble',
      requesterEmail: 'ada.quibble@example.test',
      category: 'Billing',
      priority: 'urgent',
      status: 'open',
      assignee: null,
      needsReply: true,
      archived: false,
    });
    const mine = (await listQueue(agentA, { view: 'mine' })).rows;
    expect(mine.map((r) => [r.assignee, r.needsReply])).toEqual([['Agent Alpha', false], ['Agent Alpha', false]]);
  });
});

describe('queue filters', () => {
  it.each([
    [{ status: 'on_hold' }, ['held']],
    [{ view: 'resolved', status: 'open' }, []],
    [{ view: 'archived', status: 'closed' }, ['archivedClosed']],
    [{ category: 'billing' }, ['open', 'waiting']],
    [{ category: 'no-such-category' }, []],
    [{ priority: 'high' }, ['working']],
    [{ assignee: 'me' }, ['waiting', 'working']],
    [{ assignee: 'none' }, ['open']],
    [{ requester: 'ADA.QUIBBLE@example.test' }, ['open']],
    [{ category: 'technical', priority: 'low' }, ['held']],
    [{ view: 'closed', assignee: 'me' }, []],
  ])('%j narrows the view to its tickets', async (filters, keys) => {
    expect(await numbers(agentA, filters)).toEqual(keys.map((key) => t[key]!.number));
  });

  it('filters by any agent by id', async () => {
    expect(await numbers(agentA, { view: 'closed', assignee: agentB.id })).toEqual([t.closed!.number]);
  });
});

describe('queue sorting', () => {
  it('sorts by creation, newest first', async () => {
    expect(await numbers(agentA, { sort: 'created' })).toEqual(['waiting', 'held', 'working', 'open'].map((k) => t[k]!.number));
  });

  it('sorts by priority, most urgent first, then by activity', async () => {
    expect(await numbers(agentA, { sort: 'priority' })).toEqual(['open', 'working', 'waiting', 'held'].map((k) => t[k]!.number));
  });
});

describe('queue search', () => {
  it.each([
    ['a word of the subject', 'scanner', 'working'],
    ['a word of the description', 'grinding', 'held'],
    ['a word of a public reply', 'zeppelin', 'working'],
    ['a word of an internal note, for staff', 'platypus', 'held'],
    ['the requester’s name', 'quibble', 'open'],
    ['the requester’s email typed in full', 'ada.quibble@example.test', 'open'],
    ['a stemmed form', 'jamming', 'held'],
  ])('finds a ticket by %s', async (_label, q, key) => {
    expect(await numbers(agentA, { q })).toEqual([t[key]!.number]);
  });

  it('finds a ticket by its exact number, and links to it from any view', async () => {
    const closed = t.closed!.number;
    expect(await numbers(agentA, { view: 'closed', q: closed })).toEqual([closed]);
    expect(await numbers(agentA, { view: 'closed', q: closed.toLowerCase() })).toEqual([closed]);
    const elsewhere = await listQueue(agentA, { view: 'open', q: closed });
    expect(elsewhere.rows).toEqual([]);
    expect(elsewhere.exactNumber).toBe(closed);
    expect((await listQueue(agentA, { q: 'HD-19990101-0001' })).exactNumber).toBeNull();
  });

  it('searches within the view and its filters: the archive’s tickets only in the archive', async () => {
    expect(await numbers(agentA, { q: 'walrus' })).toEqual([]);
    expect(await numbers(agentA, { view: 'archived', q: 'walrus' })).toEqual(['archivedOpen', 'archivedClosed'].map((k) => t[k]!.number));
    expect(await numbers(agentA, { view: 'archived', status: 'closed', q: 'walrus' })).toEqual([t.archivedClosed!.number]);
  });

  it('ranks a match in the subject above one in the description only', async () => {
    const opener = await makeUser('agent');
    const inDescription = await makeTicket(opener, { subject: 'Printer question', message: 'Is the narwhal edition still sold?', lastActivityAt: at(200) });
    const inSubject = await makeTicket(opener, { subject: 'Narwhal edition printer', message: 'Is it still sold?', lastActivityAt: at(100) });
    const page = await listQueue(agentA, { q: 'narwhal' });
    expect(page.ranked).toBe(true);
    expect(page.rows.map((r) => r.number)).toEqual([inSubject.number, inDescription.number]);
  });

  it('takes search syntax as text: quotes, minus signs and stray operators never fail', async () => {
    for (const q of ['"label printer"', 'printer -jams', "it's & | ! (", ':*', 'a'.repeat(200)]) {
      await expect(listQueue(agentA, { q })).resolves.toHaveProperty('rows');
    }
    expect(await numbers(agentA, { q: '"third label"' })).toEqual([t.held!.number]);
    expect(await numbers(agentA, { q: 'printer -jams' })).not.toContain(t.held!.number);
  });
});
