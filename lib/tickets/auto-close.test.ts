import { eq } from 'drizzle-orm';
import { beforeEach, describe, expect, it } from 'vitest';
import { getDb } from '@/db/client';
import { auditEvents, settings, ticketEvents, ticketMessages, tickets } from '@/db/schema';
import { type Actor, anonymous, type UserActor } from '@/lib/access/actor';
import { AppError } from '@/lib/errors';
import { DEFAULT_AUTO_CLOSE_DAYS } from '@/lib/settings/auto-close-days';
import { getAutoCloseSetting, setAutoCloseDays } from '@/lib/settings/auto-close';
import { makeTicket } from '@/lib/testing/desk-fixtures';
import { contactInput, makeUser } from '@/lib/testing/fixtures';
import { onPostgres, otherInstances } from '@/lib/testing/instances';
import { AUTO_CLOSE_ACTOR, closeStaleResolvedTickets } from './auto-close';
import { createTicket } from './create-ticket';
import { getFollowUpDraft } from './follow-up';

const DAY = 86_400_000;
const now = new Date('2031-03-10T12:00:00Z');
const daysAgo = (days: number) => new Date(now.getTime() - days * DAY);
const handles = otherInstances();

let admin: UserActor;

beforeEach(async () => {
  const db = await getDb();
  await db.delete(settings);
  // Tickets of earlier tests would be closed too: each test starts with none resolved.
  await db.update(tickets).set({ status: 'closed' }).where(eq(tickets.status, 'resolved'));
  admin = await makeUser('admin');
});

async function resolvedTicket(resolvedDaysAgo: number, shape: { requester?: UserActor; archived?: boolean } = {}) {
  const created = shape.requester
    ? await createTicket(shape.requester, { ...contactInput(), priority: 'medium' }, { channel: 'portal' })
    : await makeTicket(anonymous);
  const db = await getDb();
  await db
    .update(tickets)
    .set({ status: 'resolved', resolvedAt: daysAgo(resolvedDaysAgo), ...(shape.archived ? { archivedAt: daysAgo(1) } : {}) })
    .where(eq(tickets.id, created.id));
  return created;
}

async function ticketState(id: string) {
  const db = await getDb();
  const [row] = await db.select({ status: tickets.status, closedAt: tickets.closedAt }).from(tickets).where(eq(tickets.id, id));
  const events = await db
    .select({ kind: ticketEvents.kind, from: ticketEvents.fromValue, to: ticketEvents.toValue, actorName: ticketEvents.actorName, actorId: ticketEvents.actorId })
    .from(ticketEvents)
    .where(eq(ticketEvents.ticketId, id));
  return { ...row!, closes: events.filter((e) => e.kind === 'auto_closed') };
}

async function codeOf(promise: Promise<unknown>): Promise<string> {
  const error = await promise.then(() => null, (e: unknown) => e);
  expect(error).toBeInstanceOf(AppError);
  return (error as AppError).code;
}

describe('the auto-close setting', () => {
  it('is 7 days on a new desk and an admin changes it, with an audit event', async () => {
    expect(await getAutoCloseSetting(admin)).toMatchObject({ days: DEFAULT_AUTO_CLOSE_DAYS, updatedAt: null });
    expect(DEFAULT_AUTO_CLOSE_DAYS).toBe(7);
    await setAutoCloseDays(admin, { days: '14' });
    expect(await getAutoCloseSetting(admin)).toMatchObject({ days: 14, updatedBy: admin.name });
    await setAutoCloseDays(admin, { days: '14' });
    const db = await getDb();
    const audits = await db.select().from(auditEvents).where(eq(auditEvents.subjectLabel, 'auto_close_days'));
    expect(audits.filter((a) => a.actorId === admin.id).map((a) => [a.fromValue, a.toValue])).toEqual([['7 days', '14 days']]);
  });

  it('takes 0 to 365 whole days and names the field otherwise', async () => {
    for (const days of ['-1', '366', '1.5', 'seven', '']) {
      const error = await setAutoCloseDays(admin, { days }).then(() => null, (e: unknown) => e);
      expect(error, days).toBeInstanceOf(AppError);
      expect((error as AppError).fields?.days?.length, days).toBeGreaterThan(0);
    }
    expect((await setAutoCloseDays(admin, { days: '0' })).days).toBe(0);
    expect((await setAutoCloseDays(admin, { days: '365' })).days).toBe(365);
  });

  it('is refused to everyone but admins', async () => {
    const others: Array<[string, Actor]> = [
      ['anonymous', anonymous],
      ['customer', await makeUser('customer')],
      ['pending agent', await makeUser('agent', 'pending')],
      ['agent', await makeUser('agent')],
    ];
    for (const [who, actor] of others) {
      const expected = who === 'anonymous' ? 'unauthorized' : 'forbidden';
      expect(await codeOf(getAutoCloseSetting(actor)), who).toBe(expected);
      expect(await codeOf(setAutoCloseDays(actor, { days: '3' })), who).toBe(expected);
    }
    expect((await getAutoCloseSetting(admin)).days).toBe(7);
  });
});

describe('closing resolved tickets left unanswered', () => {
  it('closes only tickets resolved more than N days ago with no later customer message', async () => {
    const due = await resolvedTicket(8);
    const recent = await resolvedTicket(6);
    const answered = await resolvedTicket(9);
    const archived = await resolvedTicket(30, { archived: true });
    const db = await getDb();
    await db.insert(ticketMessages).values({ ticketId: answered.id, visibility: 'public', authorKind: 'requester', authorName: 'Ada', body: 'It still does not work.', createdAt: daysAgo(2) });

    const pass = await closeStaleResolvedTickets({ now });
    expect(pass.closed).toEqual([due.number]);
    const closed = await ticketState(due.id);
    expect(closed).toMatchObject({ status: 'closed', closedAt: now });
    expect(closed.closes).toEqual([{ kind: 'auto_closed', from: 'resolved', to: 'closed', actorName: AUTO_CLOSE_ACTOR, actorId: null }]);
    for (const kept of [recent, answered, archived]) expect(await ticketState(kept.id)).toMatchObject({ status: 'resolved', closes: [] });
    // A second pass finds nothing left to do.
    expect((await closeStaleResolvedTickets({ now })).closed).toEqual([]);
  });

  it('follows the setting, and 0 turns it off', async () => {
    const ticket = await resolvedTicket(4);
    await setAutoCloseDays(admin, { days: '0' });
    expect((await closeStaleResolvedTickets({ now })).closed).toEqual([]);
    expect(await ticketState(ticket.id)).toMatchObject({ status: 'resolved' });
    await setAutoCloseDays(admin, { days: '3' });
    expect((await closeStaleResolvedTickets({ now })).closed).toEqual([ticket.number]);
  });

  it('closes each ticket once when two passes run at the same time', async () => {
    const due = [];
    for (let i = 0; i < 12; i += 1) due.push(await resolvedTicket(10));
    const dbs = onPostgres ? handles.map((h) => h.db) : [await getDb(), await getDb()];
    const passes = await Promise.all(dbs.map((db) => closeStaleResolvedTickets({ db, now, batchSize: 3 }).then(async (first) => {
      // Each keeps taking batches until nothing is left, as the worker does.
      const all = [...first.closed];
      for (let pass = first; pass.claimed === 3; ) {
        pass = await closeStaleResolvedTickets({ db, now, batchSize: 3 });
        all.push(...pass.closed);
      }
      return all;
    })));
    const closed = passes.flat();
    expect(closed.sort()).toEqual(due.map((t) => t.number).sort());
    for (const ticket of due) expect((await ticketState(ticket.id)).closes).toHaveLength(1);
  });

  it('leaves the customer able to follow up the closed ticket', async () => {
    const customer = await makeUser('customer');
    const ticket = await resolvedTicket(8, { requester: customer });
    await closeStaleResolvedTickets({ now });
    expect(await getFollowUpDraft(customer, { number: ticket.number })).toMatchObject({ number: ticket.number });
    const followUp = await createTicket(customer, { ...contactInput(), priority: 'medium', followUp: ticket.number }, { channel: 'portal' });
    const db = await getDb();
    const [row] = await db.select({ parent: tickets.parentTicketId, status: tickets.status }).from(tickets).where(eq(tickets.id, followUp.id));
    expect(row).toEqual({ parent: ticket.id, status: 'open' });
  });
});
