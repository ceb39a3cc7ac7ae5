import { randomUUID } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { type Actor, anonymous } from '@/lib/access/actor';
import { AppError } from '@/lib/errors';
import { parseExportQuery } from '@/lib/export/export-query';
import { exportTicketsCsv } from '@/lib/export/tickets-csv';
import { makeTicket } from '@/lib/testing/desk-fixtures';
import { makeUser } from '@/lib/testing/fixtures';
import { readQueueDates } from './dates';
import { listQueue } from './list';
import { queueHref } from './schema';

const at = (iso: string) => new Date(iso);

/** Tickets of one requester, so that other tests' tickets stay out of the counts. */
async function ticketsAround(day: string, column: 'created' | 'activity') {
  const email = `dates-${randomUUID().slice(0, 8)}@example.test`;
  const instants = [`${day}T00:00:00.000Z`, `${day}T23:59:59.999Z`];
  const before = new Date(at(instants[0]!).getTime() - 1).toISOString();
  const after = new Date(at(instants[1]!).getTime() + 1).toISOString();
  const made: Record<string, string> = {};
  for (const [name, iso] of [['before', before], ['start', instants[0]!], ['end', instants[1]!], ['after', after]] as const) {
    const shape = column === 'created' ? { createdAt: at(iso), lastActivityAt: at('2031-06-01T12:00:00Z') } : { createdAt: at('2031-01-01T12:00:00Z'), lastActivityAt: at(iso) };
    made[name] = (await makeTicket(anonymous, { email, ...shape })).number;
  }
  return { email, made };
}

const numbers = (page: { rows: Array<{ number: string }> }) => page.rows.map((row) => row.number).sort();

describe('date filters on the queue', () => {
  it('take both days whole, in UTC: created from and to one day is that day from 00:00 to 23:59:59.999', async () => {
    const agent = await makeUser('agent');
    const { email, made } = await ticketsAround('2031-03-10', 'created');
    const page = await listQueue(agent, { requester: email, createdFrom: '2031-03-10', createdTo: '2031-03-10' });
    expect(numbers(page)).toEqual([made.start, made.end].sort());
    expect(numbers(await listQueue(agent, { requester: email, createdFrom: '2031-03-11' }))).toEqual([made.after]);
    expect(numbers(await listQueue(agent, { requester: email, createdTo: '2031-03-09' }))).toEqual([made.before]);
    expect(page.dateErrors).toBeNull();
  });

  it('filter last activity the same way, and combine with the other filters and search', async () => {
    const admin = await makeUser('admin');
    const { email, made } = await ticketsAround('2031-04-02', 'activity');
    expect(numbers(await listQueue(admin, { requester: email, activityFrom: '2031-04-02', activityTo: '2031-04-02' }))).toEqual([made.start, made.end].sort());
    expect(numbers(await listQueue(admin, { requester: email, activityFrom: '2031-04-03', sort: 'created' }))).toEqual([made.after]);
    expect(numbers(await listQueue(admin, { q: email, activityTo: '2031-04-01' }))).toEqual([made.before]);
    // Created and activity together: these were all created on 2031-01-01.
    expect(numbers(await listQueue(admin, { requester: email, createdFrom: '2031-01-02', activityFrom: '2031-04-02' }))).toEqual([]);
  });

  it('leave out a filter that does not hold and say why by field; the API refuses it', async () => {
    const agent = await makeUser('agent');
    const { email, made } = await ticketsAround('2031-05-05', 'created');
    const page = await listQueue(agent, { requester: email, createdFrom: '2031-05-05', createdTo: '2031-05-04', activityFrom: '2031-02-30' });
    expect(Object.keys(page.dateErrors ?? {}).sort()).toEqual(['activityFrom', 'createdTo']);
    // The valid "from" still applies; the "to" before it and the impossible day do not.
    expect(numbers(page)).toEqual([made.start, made.end, made.after].sort());
    expect(page.query).toMatchObject({ createdFrom: '2031-05-05', createdTo: undefined, activityFrom: undefined });
    expect(queueHref(page.query)).toBe(`/desk?requester=${encodeURIComponent(email)}&createdFrom=2031-05-05`);
    const error = await listQueue(agent, { createdFrom: '2031-05-05', createdTo: '2031-05-04' }, { strictDates: true }).then(() => null, (e: unknown) => e);
    expect(error).toBeInstanceOf(AppError);
    expect((error as AppError).code).toBe('validation');
    expect((error as AppError).fields).toEqual({ createdTo: ['Choose a day on or after the “created from” day.'] });
  });

  it('check each day: format, a day that exists, and to on or after from', () => {
    expect(readQueueDates({ createdFrom: '', createdTo: '  ', activityFrom: undefined })).toEqual({ dates: {}, errors: null });
    expect(readQueueDates({ createdFrom: '2031-03-10', createdTo: '2031-03-10' }).errors).toBeNull();
    const { errors } = readQueueDates({ createdFrom: '10/03/2031', createdTo: '2031-13-01', activityFrom: '2031-03-10', activityTo: '2031-03-09' });
    expect(errors).toEqual({
      createdFrom: ['Enter a date as YYYY-MM-DD.'],
      createdTo: ['Enter a date that exists.'],
      activityTo: ['Choose a day on or after the “last activity from” day.'],
    });
    expect(readQueueDates({ createdFrom: 'x'.repeat(5000) }).errors?.createdFrom).toBeDefined();
  });

  it('apply to the CSV export, which refuses a range that does not hold', async () => {
    const admin = await makeUser('admin');
    const { email, made } = await ticketsAround('2031-07-07', 'created');
    const lines: string[] = [];
    for await (const line of exportTicketsCsv(admin, { view: 'all', requester: email, createdFrom: '2031-07-07', createdTo: '2031-07-07' })) lines.push(line);
    expect(lines.slice(1).map((line) => line.split(',')[0]).sort()).toEqual([made.start, made.end].sort());
    const error = (() => {
      try {
        parseExportQuery({ createdFrom: '2031-07-07', createdTo: '2031-07-06' });
        return null;
      } catch (e) {
        return e;
      }
    })();
    expect((error as AppError).fields).toEqual({ createdTo: ['Choose a day on or after the “created from” day.'] });
  });

  it('are for staff only, like the queue', async () => {
    const refused: Array<[string, Actor, string]> = [
      ['anonymous', anonymous, 'unauthorized'],
      ['customer', await makeUser('customer'), 'forbidden'],
      ['pending agent', await makeUser('agent', 'pending'), 'forbidden'],
    ];
    for (const [who, actor, code] of refused) {
      const error = await listQueue(actor, { createdFrom: '2031-01-01' }).then(() => null, (e: unknown) => e);
      expect((error as AppError).code, who).toBe(code);
    }
    expect(() => exportTicketsCsv(refused[1]![1], { createdFrom: '2031-01-01' })).toThrow(AppError);
    const agent = await makeUser('agent');
    expect(() => exportTicketsCsv(agent, { createdFrom: '2031-01-01' })).toThrow(AppError);
  });
});
