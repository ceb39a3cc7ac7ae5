import { beforeAll, describe, expect, it } from 'vitest';
import type { UserActor } from '@/lib/access/actor';
import { exportTicketsCsv } from '@/lib/export/tickets-csv';
import { makeTicket } from '@/lib/testing/desk-fixtures';
import { makeUser } from '@/lib/testing/fixtures';
import { listQueue } from '@/lib/tickets/queue';
import { queueHref } from '@/lib/tickets/queue/schema';
import { addTicketTag } from './ticket-tags';

let agent: UserActor;
let admin: UserActor;

beforeAll(async () => {
  agent = await makeUser('agent', 'approved');
  admin = await makeUser('admin', 'approved');
});

const open = async () => makeTicket(await makeUser('customer'));

describe('the queue’s tag filter', () => {
  it('shows only tickets with the tag, any case, with their tags on the rows', async () => {
    const [one, two, three] = [await open(), await open(), await open()];
    await addTicketTag(agent, { number: one.number, name: 'Filter-me' });
    await addTicketTag(agent, { number: one.number, name: 'also' });
    await addTicketTag(agent, { number: two.number, name: 'filter-me' });
    await addTicketTag(agent, { number: three.number, name: 'filter-me-not' });
    const page = await listQueue(agent, { tag: 'FILTER-ME' });
    expect(page.rows.map((row) => row.number).sort()).toEqual([one.number, two.number].sort());
    expect(page.rows.find((row) => row.number === one.number)?.tags).toEqual(['also', 'Filter-me']);
    expect((await listQueue(agent, { tag: 'no-such-tag' })).rows).toEqual([]);
    expect(queueHref({ view: 'open', sort: 'activity', tag: 'Filter-me' })).toBe('/desk?tag=Filter-me');
  });

  it('ignores a blank tag and one too long, as the other filters do', async () => {
    const all = (await listQueue(agent, {})).rows.length;
    expect((await listQueue(agent, { tag: '  ' })).rows.length).toBe(all);
    expect((await listQueue(agent, { tag: 'x'.repeat(41) })).query.tag).toBeUndefined();
  });

  it('narrows the admin’s CSV export too, which gains a tags column', async () => {
    const ticket = await open();
    await addTicketTag(agent, { number: ticket.number, name: 'export-me' });
    await addTicketTag(agent, { number: ticket.number, name: 'and me' });
    const lines: string[] = [];
    for await (const line of exportTicketsCsv(admin, { tag: 'export-me' })) lines.push(line);
    expect(lines[0]).toContain(',tags');
    expect(lines).toHaveLength(2);
    expect(lines[1]).toContain(ticket.number);
    expect(lines[1]).toContain('and me; export-me');
  });
});
