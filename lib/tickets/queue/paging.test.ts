import { sql } from 'drizzle-orm';
import { beforeAll, describe, expect, it } from 'vitest';
import { getDb } from '@/db/client';
import { type TicketPriority, tickets } from '@/db/schema';
import type { UserActor } from '@/lib/access/actor';
import { addMessage, categoryId, makeTicket } from '@/lib/testing/desk-fixtures';
import { makeUser } from '@/lib/testing/fixtures';
import { COUNT_CAP, countQueueViews } from './counts';
import { RECENT_MESSAGES } from './search';
import { listQueue } from './list';
import type { QueueRow } from './rows';

let agent: UserActor;
const PAGING = 'paging@example.test';
const priorities: TicketPriority[] = ['low', 'medium', 'high', 'urgent'];

beforeAll(async () => {
  agent = await makeUser('agent');
  // Groups of four share a timestamp, so a page boundary falls inside a tie.
  const base = Date.parse('2040-03-01T09:00:00Z');
  for (let i = 0; i < 57; i += 1) {
    await makeTicket(agent, {
      subject: `Paging ticket ${i} about a capybara`,
      email: PAGING,
      priority: priorities[i % 4],
      createdAt: new Date(base + Math.floor(i / 4) * 60_000),
    });
  }
});

async function allPages(params: Record<string, string>): Promise<QueueRow[][]> {
  const pages: QueueRow[][] = [];
  let cursor: string | undefined;
  do {
    const page = await listQueue(agent, { ...params, ...(cursor ? { cursor } : {}) });
    pages.push(page.rows);
    cursor = page.nextCursor ?? undefined;
  } while (cursor && pages.length < 100);
  return pages;
}

function expectOrdered(rows: QueueRow[], key: (row: QueueRow) => Array<number | string>) {
  for (let i = 1; i < rows.length; i += 1) {
    const before = key(rows[i - 1]!);
    const after = key(rows[i]!);
    const cmp = before.findIndex((value, k) => value !== after[k]);
    expect(cmp >= 0 && before[cmp]! > after[cmp]!, `row ${i} is out of order`).toBe(true);
  }
}

describe('keyset pagination', () => {
  const rank = (p: TicketPriority) => priorities.indexOf(p);
  it.each([
    ['activity', (r: QueueRow) => [r.lastActivityAt.getTime(), r.id]],
    ['created', (r: QueueRow) => [r.createdAt.getTime(), r.id]],
    ['priority', (r: QueueRow) => [rank(r.priority), r.lastActivityAt.getTime(), r.id]],
  ] as const)('pages 50 at a time by %s, with no ticket twice or left out', async (sort, key) => {
    const pages = await allPages({ requester: PAGING, sort });
    expect(pages.map((page) => page.length)).toEqual([50, 7]);
    const rows = pages.flat();
    expect(new Set(rows.map((r) => r.id)).size).toBe(57);
    expectOrdered(rows, key);
  });

  it('pages ranked search results the same way', async () => {
    const pages = await allPages({ q: 'capybara' });
    expect(pages.map((page) => page.length)).toEqual([50, 7]);
    expect(new Set(pages.flat().map((r) => r.id)).size).toBe(57);
  });

  it('keeps every ticket when many share one microsecond across a page boundary', async () => {
    const db = await getDb();
    const category = await categoryId('general');
    // As now() stores it: finer than a JavaScript Date can hold. The first page ends inside the group.
    await db.insert(tickets).values(
      Array.from({ length: 60 }, (_, i) => ({
        number: `HD-20990101-${String(i + 1).padStart(4, '0')}`,
        subject: `Imported ${i}`,
        description: 'Imported from the old helpdesk.',
        categoryId: category,
        requesterName: 'Importer',
        requesterEmail: 'import@example.test',
        channel: 'api' as const,
        lastActivityAt: sql`'2039-06-01 12:00:00.123456+00'::timestamptz`,
      })),
    );
    const rows = (await allPages({ requester: 'import@example.test' })).flat();
    expect(rows).toHaveLength(60);
    expect(new Set(rows.map((r) => r.id)).size).toBe(60);
  });

  it('starts again from the top when the cursor is not one it issued, or belongs to another sort', async () => {
    const first = await listQueue(agent, { requester: PAGING });
    const garbled = await listQueue(agent, { requester: PAGING, cursor: 'not-a-cursor' });
    expect(garbled.rows.map((r) => r.id)).toEqual(first.rows.map((r) => r.id));
    const byCreated = await listQueue(agent, { requester: PAGING, sort: 'created' });
    const mixed = await listQueue(agent, { requester: PAGING, cursor: byCreated.nextCursor ?? '' });
    expect(mixed.rows.map((r) => r.id)).toEqual(first.rows.map((r) => r.id));
  });

  it.each([
    ['a 30 February', 'activity|2030-02-30T12:00:00.000000Z|00000000-0000-4000-8000-000000000000'],
    ['an id of dashes', 'activity|2030-03-01T12:00:00.000000Z|------------------------------------'],
    ['a priority that does not exist', 'priority|critical|2030-03-01T12:00:00.000000Z|00000000-0000-4000-8000-000000000000'],
    ['a rank that is no number', 'relevance|1e999|2030-03-01T12:00:00.000000Z|00000000-0000-4000-8000-000000000000'],
  ])('reads a cursor with %s as no cursor, in every sort and in a search', async (_label, text) => {
    const cursor = Buffer.from(text).toString('base64url');
    for (const params of [{ sort: 'activity' }, { sort: 'priority' }, { q: 'paging' }]) {
      const first = await listQueue(agent, { requester: PAGING, ...params });
      const forged = await listQueue(agent, { requester: PAGING, ...params, cursor });
      expect(forged.rows.map((r) => r.id)).toEqual(first.rows.map((r) => r.id));
    }
  });
});

describe('view counts on a large desk', () => {
  it(`stops counting at ${COUNT_CAP} and says so`, async () => {
    const db = await getDb();
    const category = await categoryId('general');
    await db.execute(sql`
      insert into tickets (number, subject, description, category_id, requester_name, requester_email, channel)
      select 'HD-20980101-' || lpad(g::text, 5, '0'), 'Bulk ' || g, 'Bulk import', ${category}, 'Bulk', 'bulk@example.test', 'api'
      from generate_series(1, ${COUNT_CAP + 5}) g`);
    const counts = await countQueueViews(agent);
    expect(counts.open).toEqual({ count: COUNT_CAP, capped: true });
    expect(counts.unassigned).toEqual({ count: COUNT_CAP, capped: true });
    expect(counts.closed).toEqual({ count: 0, capped: false });
  });
});

describe('search on a busy desk', () => {
  it('still finds a rare word in an old message behind thousands of newer ones, and says when a common word hit the limit', async () => {
    const old = await makeTicket(agent, { subject: 'An old question', lastActivityAt: new Date('2031-01-01T00:00:00Z') });
    await addMessage(old.id, agent, 'The axolotl edition shipped without a manual.');
    const busy = await makeTicket(agent, { subject: 'A busy thread' });
    const db = await getDb();
    await db.execute(sql`
      insert into ticket_messages (ticket_id, visibility, author_kind, author_name, body, created_at)
      select ${busy.id}, 'public', 'requester', 'Busy', 'Still waiting for the parcel number ' || g, now() + g * interval '1 second'
      from generate_series(1, ${RECENT_MESSAGES + 100}) g`);

    const rare = await listQueue(agent, { q: 'axolotl' });
    expect(rare.rows.map((r) => r.number)).toEqual([old.number]);
    expect(rare.capped).toBe(false);
    const common = await listQueue(agent, { q: 'parcel' });
    expect(common.rows.map((r) => r.number)).toContain(busy.number);
    expect(common.capped).toBe(true);
  });
});
