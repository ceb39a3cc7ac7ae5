import { describe, expect, it } from 'vitest';
import { getDb } from '@/db/client';
import { feedback, tickets } from '@/db/schema';
import { eq } from 'drizzle-orm';
import { type Actor, anonymous } from '@/lib/access/actor';
import { AppError } from '@/lib/errors';
import { makeTicket } from '@/lib/testing/desk-fixtures';
import { makeUser } from '@/lib/testing/fixtures';
import { parseExportQuery } from './export-query';
import { exportBatches } from './ticket-batches';
import { exportHeader, exportTicketsCsv } from './tickets-csv';

async function collect(lines: AsyncGenerator<string>): Promise<string[]> {
  const out: string[] = [];
  for await (const line of lines) out.push(line);
  return out;
}

const numberOf = (line: string) => line.split(',')[0];

describe('ticket export', () => {
  it('is refused to everyone but an admin, before any line is written', async () => {
    const refused: Array<[Actor, string]> = [
      [anonymous, 'unauthorized'],
      [await makeUser('customer'), 'forbidden'],
      [await makeUser('agent', 'pending'), 'forbidden'],
      [await makeUser('agent', 'rejected'), 'forbidden'],
      [await makeUser('agent', 'suspended'), 'forbidden'],
      [await makeUser('agent'), 'forbidden'],
      [await makeUser('admin', 'suspended'), 'forbidden'],
    ];
    for (const [actor, code] of refused) {
      const error = (() => {
        try {
          exportTicketsCsv(actor, {});
          return null;
        } catch (e) {
          return e;
        }
      })();
      expect(error).toBeInstanceOf(AppError);
      expect((error as AppError).code).toBe(code);
    }
  });

  it('exports exactly the filtered rows, across more rows than one batch, with every column', async () => {
    const admin = await makeUser('admin');
    const agent = await makeUser('agent', 'approved', { name: 'Grace Hopper' });
    const email = 'export-target@example.test';
    const urgent: string[] = [];
    for (let i = 0; i < 5; i += 1) urgent.push((await makeTicket(admin, { email, priority: 'urgent', assignee: agent })).number);
    await makeTicket(admin, { email, priority: 'low' });
    await makeTicket(admin, { email: 'someone-else@example.test', priority: 'urgent' });
    await makeTicket(admin, { email, priority: 'urgent', archived: true });
    const db = await getDb();
    const [rated] = await db.select({ id: tickets.id, createdAt: tickets.createdAt }).from(tickets).where(eq(tickets.number, urgent[0]!));
    await db.update(tickets).set({ firstResponseAt: new Date(rated!.createdAt.getTime() + 90 * 60_000), resolvedAt: new Date(rated!.createdAt.getTime() + 180 * 60_000) }).where(eq(tickets.id, rated!.id));
    await db.insert(feedback).values({ ticketId: rated!.id, rating: 4 });

    const lines = await collect(exportTicketsCsv(admin, { requester: email, priority: 'urgent' }, { batchSize: 2 }));
    expect(lines[0]).toBe(`${exportHeader.join(',')}\r\n`);
    expect(lines.slice(1).map(numberOf).sort()).toEqual([...urgent].sort());
    const first = lines.find((line) => line.startsWith(urgent[0]!))!.trimEnd().split(',');
    expect(first.slice(3)).toEqual([
      'Ada Lovelace', email, 'Order & delivery', 'urgent', 'open', 'Grace Hopper',
      expect.stringMatching(/^\d{4}-/), expect.stringMatching(/^\d{4}-/), '90', '180', '4', 'no', '',
    ]);

    const archived = await collect(exportTicketsCsv(admin, { view: 'archived', requester: email }));
    expect(archived).toHaveLength(2);
    expect(archived[1]!.trimEnd().endsWith(',yes,')).toBe(true);
    const all = await collect(exportTicketsCsv(admin, { view: 'all', requester: email }));
    expect(all).toHaveLength(1 + 7);
  });

  it('reads the rows in batches of the given size, never all in one query', async () => {
    const admin = await makeUser('admin');
    const email = 'batches@example.test';
    for (let i = 0; i < 5; i += 1) await makeTicket(admin, { email });
    const db = await getDb();
    const sizes: number[] = [];
    for await (const batch of exportBatches(db, admin, parseExportQuery({ requester: email, sort: 'created' }), 2)) sizes.push(batch.length);
    expect(sizes).toEqual([2, 2, 1]);
  });

  it('keeps the list order, follows a search, and exports a bulk selection', async () => {
    const admin = await makeUser('admin');
    const old = await makeTicket(admin, { subject: 'Wombat in the warehouse', createdAt: new Date('2025-01-01T10:00:00Z') });
    const recent = await makeTicket(admin, { subject: 'Another wombat sighting', createdAt: new Date('2025-02-01T10:00:00Z') });
    await makeTicket(admin, { subject: 'Nothing to see' });
    const searched = await collect(exportTicketsCsv(admin, { q: 'wombat' }));
    expect(searched.slice(1).map(numberOf).sort()).toEqual([old.number, recent.number].sort());
    const byCreated = await collect(exportTicketsCsv(admin, { q: undefined, sort: 'created', view: 'all' }));
    const order = byCreated.slice(1).map(numberOf);
    expect(order.indexOf(recent.number)).toBeLessThan(order.indexOf(old.number));
    const selected = await collect(exportTicketsCsv(admin, new URLSearchParams(`numbers=${old.number}&numbers=${recent.number.toLowerCase()}`)));
    expect(selected.slice(1).map(numberOf)).toEqual([recent.number, old.number]);
  });

  it('neutralises a formula typed by a requester', async () => {
    const admin = await makeUser('admin');
    const email = 'formula@example.test';
    await makeTicket(admin, { email, name: '=HYPERLINK("http://evil.test","Click")' });
    const [, line] = await collect(exportTicketsCsv(admin, { requester: email }));
    expect(line).toContain(`"'=HYPERLINK(""http://evil.test"",""Click"")"`);
  });
});
