import { randomUUID } from 'node:crypto';
import { eq } from 'drizzle-orm';
import { describe, expect, it } from 'vitest';
import { getDb } from '@/db/client';
import { categories, tickets } from '@/db/schema';
import { anonymous, type UserActor } from '@/lib/access/actor';
import { AppError } from '@/lib/errors';
import { contactInput, freshIp, makeUser } from '@/lib/testing/fixtures';
import { claimTicket } from '../workspace/assignment';
import { createTicket } from '../create-ticket';
import { insertTicket } from '../insert-ticket';
import { listMyTickets } from './my-tickets';
import { addRequesterReply } from './actions';
import { addStaffMessage } from '../workspace/staff-message';
import { transitionTicket } from '../workspace/transition-ticket';

async function codeOf(promise: Promise<unknown>): Promise<string> {
  const error = await promise.then(() => null, (e: unknown) => e);
  expect(error).toBeInstanceOf(AppError);
  return (error as AppError).code;
}

/** Inserts tickets straight through insertTicket, at chosen times, without the form's rate limits. */
async function seedTickets(customer: UserActor, times: Date[], subject = (i: number) => `Request ${i}`) {
  const db = await getDb();
  const [category] = await db.select({ id: categories.id }).from(categories).limit(1);
  const numbers: string[] = [];
  for (const [i, at] of times.entries()) {
    const ticket = await db.transaction((tx) =>
      insertTicket(tx, customer, {
        subject: subject(i),
        description: `Description of request ${i}`,
        categoryId: category!.id,
        requesterId: customer.id,
        requesterName: customer.name,
        requesterEmail: customer.email,
        channel: 'portal',
      }, at),
    );
    numbers.push(ticket.number);
  }
  return numbers;
}

describe('listMyTickets', () => {
  it('asks a visitor to sign in and refuses staff of every kind', async () => {
    expect(await codeOf(listMyTickets(anonymous))).toBe('unauthorized');
    for (const actor of [await makeUser('agent', 'pending'), await makeUser('agent'), await makeUser('admin'), await makeUser('agent', 'suspended')]) {
      expect(await codeOf(listMyTickets(actor))).toBe('forbidden');
    }
  });

  it('lists only the customer’s own tickets, by latest public activity, with the latest public message as preview', async () => {
    const customer = await makeUser('customer');
    const other = await makeUser('customer');
    const agent = await makeUser('agent', 'approved', { name: 'Agnes Agent' });
    const older = await createTicket(customer, contactInput({ subject: 'Older request' }), { ip: freshIp() });
    const newer = await createTicket(customer, contactInput({ subject: 'Newer request' }), { ip: freshIp() });
    await createTicket(other, contactInput({ subject: 'Someone else’s' }), { ip: freshIp() });
    await claimTicket(agent, { number: older.number });
    await addStaffMessage(agent, { number: older.number, body: 'We are on it.', visibility: 'public' });
    // A later internal note moves the desk's activity, but not what the customer sees.
    await addStaffMessage(agent, { number: newer.number, body: 'Secret: refund without asking.', visibility: 'internal' });
    await addStaffMessage(agent, { number: older.number, body: 'Secret: customer sounds upset.', visibility: 'internal' });

    const page = await listMyTickets(customer);
    expect(page.rows.map((r) => r.subject)).toEqual(['Older request', 'Newer request']);
    expect(page.rows[0]).toMatchObject({ status: 'in_progress', category: 'Order & delivery', priority: 'medium' });
    expect(page.rows[0]!.preview).toEqual({ from: 'support', authorName: 'Agnes Agent', text: 'We are on it.' });
    expect(page.rows[1]!.preview).toMatchObject({ from: 'requester', text: expect.stringContaining('lamp') });
    expect(JSON.stringify(page)).not.toContain('Secret');

    const db = await getDb();
    const [row] = await db.select({ lastActivityAt: tickets.lastActivityAt }).from(tickets).where(eq(tickets.number, newer.number));
    expect(page.rows[1]!.lastActivityAt.getTime()).toBeLessThan(row!.lastActivityAt.getTime());
  });

  it('filters by open, resolved, closed or all', async () => {
    const customer = await makeUser('customer');
    const agent = await makeUser('agent');
    const [open, resolved, closed, pending] = await seedTickets(customer, [1, 2, 3, 4].map((d) => new Date(`2030-01-0${d}T10:00:00Z`)));
    await transitionTicket(agent, { number: resolved!, to: 'resolved' });
    await transitionTicket(agent, { number: closed!, to: 'resolved' });
    await transitionTicket(agent, { number: closed!, to: 'closed' });
    await transitionTicket(agent, { number: pending!, to: 'in_progress' });
    await transitionTicket(agent, { number: pending!, to: 'pending_customer' });
    const numbers = async (status: string) => (await listMyTickets(customer, { status })).rows.map((r) => r.number).sort();
    expect(await numbers('open')).toEqual([open, pending].sort());
    expect(await numbers('resolved')).toEqual([resolved]);
    expect(await numbers('closed')).toEqual([closed]);
    expect(await numbers('all')).toEqual([open, resolved, closed, pending].sort());
    expect(await numbers('bogus')).toEqual([open, resolved, closed, pending].sort());
  });

  it('searches subjects, descriptions and public messages, finds an exact number, and never matches internal notes', async () => {
    const customer = await makeUser('customer');
    const other = await makeUser('customer');
    const agent = await makeUser('agent');
    const kettle = await createTicket(customer, contactInput({ subject: 'Kettle leaks', message: 'Water everywhere.' }), { ip: freshIp() });
    const invoice = await createTicket(customer, contactInput({ subject: 'Invoice question', message: 'Which VAT rate?' }), { ip: freshIp() });
    await createTicket(other, contactInput({ subject: 'Kettle broken too' }), { ip: freshIp() });
    await addRequesterReply({ actor: customer, number: invoice.number }, { body: 'Also the warranty certificate, please.' });
    await addStaffMessage(agent, { number: kettle.number, body: 'Probably a counterfeit batch.', visibility: 'internal' });

    const subjects = async (q: string) => (await listMyTickets(customer, { q })).rows.map((r) => r.subject);
    expect(await subjects('kettle')).toEqual(['Kettle leaks']);
    expect(await subjects('kett')).toEqual(['Kettle leaks']);
    expect(await subjects('everywhere')).toEqual(['Kettle leaks']);
    expect(await subjects('warranty')).toEqual(['Invoice question']);
    expect(await subjects('counterfeit')).toEqual([]);
    expect(await subjects(invoice.number.toLowerCase())).toEqual(['Invoice question']);
    expect(await subjects('"); drop table tickets; --')).toEqual([]);
    expect(await subjects('!!!')).toEqual([]);
  });

  it('pages through many tickets with a cursor, ties included, and ignores a cursor it did not make', async () => {
    const customer = await makeUser('customer');
    const same = new Date('2030-03-01T12:00:00Z');
    const times = Array.from({ length: 45 }, (_, i) => (i < 10 ? same : new Date(Date.UTC(2030, 2, 2, 0, i))));
    const numbers = await seedTickets(customer, times);
    const seen: string[] = [];
    let cursor: string | undefined;
    let pages = 0;
    do {
      const page = await listMyTickets(customer, { cursor });
      seen.push(...page.rows.map((r) => r.number));
      cursor = page.nextCursor ?? undefined;
      pages += 1;
    } while (cursor);
    expect(pages).toBe(3);
    expect(seen).toHaveLength(45);
    expect(new Set(seen)).toEqual(new Set(numbers));
    expect(seen.slice(0, 35)).toEqual(numbers.slice(10).reverse());

    const first = await listMyTickets(customer, { cursor: 'not-a-cursor' });
    expect(first.rows[0]!.number).toBe(numbers.at(-1));
    for (const forged of [`2030-02-30T12:00:00.000000Z|${randomUUID()}`, '2030-03-01T12:00:00.000000Z|------------------------------------']) {
      const page = await listMyTickets(customer, { cursor: Buffer.from(forged).toString('base64url') });
      expect(page.rows[0]!.number).toBe(numbers.at(-1));
    }
  });
});
