import { and, eq } from 'drizzle-orm';
import { afterEach, beforeAll, describe, expect, it, vi } from 'vitest';
import { getDb } from '@/db/client';
import { auditEvents, tickets } from '@/db/schema';
import { anonymous, type Actor, type UserActor } from '@/lib/access/actor';
import { AppError } from '@/lib/errors';
import { contactInput, freshIp, makeUser } from '@/lib/testing/fixtures';
import { createTicket } from '@/lib/tickets/create-ticket';
import { addRequesterReply } from '@/lib/tickets/requester/actions';
import { addStaffMessage } from '@/lib/tickets/workspace/staff-message';
import { setTicketPriority } from '@/lib/tickets/workspace/ticket-fields';
import { transitionTicket } from '@/lib/tickets/workspace/transition-ticket';
import { addSlaHoliday, getSlaSettings, removeSlaHoliday, saveBusinessHours, saveSlaTargets } from './manage';

let admin: UserActor;
let agent: UserActor;
let customer: UserActor;

const targets = {
  'urgent_firstResponse': '30',
  'urgent_nextResponse': '60',
  'urgent_resolution': '240',
  'high_firstResponse': '60',
  'high_nextResponse': '120',
  'high_resolution': '480',
  'medium_firstResponse': '240',
  'medium_nextResponse': '',
  'medium_resolution': '960',
  'low_firstResponse': '',
  'low_nextResponse': '',
  'low_resolution': '',
};

beforeAll(async () => {
  admin = await makeUser('admin', 'approved');
  agent = await makeUser('agent', 'approved');
  customer = await makeUser('customer');
  await saveSlaTargets(admin, targets);
});

afterEach(() => {
  vi.useRealTimers();
});

/** Only the clock is faked: the database driver keeps its real timers. */
function at(iso: string) {
  vi.useFakeTimers({ toFake: ['Date'] });
  vi.setSystemTime(new Date(iso));
}

async function open(priority: 'urgent' | 'high' | 'medium' | 'low', iso: string) {
  // A customer per ticket, so that the per-address submission limit never bites.
  const requester = await makeUser('customer');
  at(iso);
  const created = await createTicket(requester, contactInput({ email: requester.email }), { ip: freshIp() });
  if (priority !== 'medium') await setTicketPriority(admin, { number: created.number, priority });
  return { ...created, requester };
}

async function clock(id: string) {
  const db = await getDb();
  const [row] = await db
    .select({
      first: tickets.firstResponseDueAt,
      next: tickets.nextResponseDueAt,
      resolution: tickets.resolutionDueAt,
      due: tickets.slaDueAt,
      paused: tickets.slaPausedAt,
    })
    .from(tickets)
    .where(eq(tickets.id, id));
  const iso = (value: Date | null | undefined) => value?.toISOString() ?? null;
  return { first: iso(row?.first), next: iso(row?.next), resolution: iso(row?.resolution), due: iso(row?.due), paused: iso(row?.paused) };
}

async function refusal(promise: Promise<unknown>): Promise<string> {
  const error = await promise.then(
    () => null,
    (e: unknown) => e,
  );
  expect(error).toBeInstanceOf(AppError);
  return (error as AppError).code;
}

describe('SLA settings', () => {
  it('refuses everyone but admins, for reading and for every change', async () => {
    const pending = await makeUser('agent', 'pending');
    const otherCustomer = await makeUser('customer');
    const hours = { timezone: 'UTC', 'day1_open': 'on', 'day1_from': '09:00', 'day1_to': '17:00' };
    const expected: Array<[Actor, string]> = [
      [anonymous, 'unauthorized'],
      [customer, 'forbidden'],
      [otherCustomer, 'forbidden'],
      [pending, 'forbidden'],
      [agent, 'forbidden'],
    ];
    for (const [actor, code] of expected) {
      expect(await refusal(getSlaSettings(actor))).toBe(code);
      expect(await refusal(saveSlaTargets(actor, targets))).toBe(code);
      expect(await refusal(saveBusinessHours(actor, hours))).toBe(code);
      expect(await refusal(addSlaHoliday(actor, { day: '2026-12-25', name: 'Christmas' }))).toBe(code);
      expect(await refusal(removeSlaHoliday(actor, { day: '2026-12-25' }))).toBe(code);
    }
  });

  it('shows the saved targets, empty ones as not tracked, and audits each changed priority', async () => {
    const settings = await getSlaSettings(admin);
    expect(settings.targets.high).toEqual({ firstResponseMinutes: 60, nextResponseMinutes: 120, resolutionMinutes: 480 });
    expect(settings.targets.low).toEqual({ firstResponseMinutes: null, nextResponseMinutes: null, resolutionMinutes: null });
    const db = await getDb();
    const audited = await db
      .select({ label: auditEvents.subjectLabel, to: auditEvents.toValue })
      .from(auditEvents)
      .where(and(eq(auditEvents.kind, 'sla_changed'), eq(auditEvents.subjectType, 'sla_target')));
    expect(audited.map((row) => row.label).sort()).toEqual(['high', 'medium', 'urgent']);
    expect(audited.find((row) => row.label === 'high')?.to).toBe('60/120/480');
  });

  it('answers bad targets field by field', async () => {
    const error = await saveSlaTargets(admin, { ...targets, 'high_firstResponse': '-5', 'low_resolution': '1.5' }).catch((e: unknown) => e);
    expect((error as AppError).fields).toEqual({
      'high_firstResponse': ['Enter at least 1 minute, or leave it empty.'],
      'low_resolution': ['Enter whole minutes.'],
    });
  });

  it('saves business hours, refusing an unknown timezone and a day closing before it opens', async () => {
    const zone = await saveBusinessHours(admin, { timezone: 'Mars/Base' }).catch((e: unknown) => e);
    expect((zone as AppError).fields).toEqual({ timezone: [expect.stringContaining('IANA')] });
    const backwards = await saveBusinessHours(admin, { timezone: 'UTC', 'day1_open': 'on', 'day1_from': '17:00', 'day1_to': '09:00' }).catch((e: unknown) => e);
    expect((backwards as AppError).fields).toEqual({ 'day1_to': ['Monday must close after it opens.'] });
    const week = Object.fromEntries([1, 2, 3, 4, 5].flatMap((day) => [[`day${day}_open`, 'on'], [`day${day}_from`, '09:00'], [`day${day}_to`, '17:00']]));
    const saved = await saveBusinessHours(admin, { timezone: 'UTC', notifyAdmins: 'on', ...week });
    expect(saved.days).toEqual([null, ...Array(5).fill({ open: 540, close: 1020 }), null]);
    expect((await getSlaSettings(admin)).hours).toMatchObject({ timezone: 'UTC', notifyAdmins: true, updatedBy: admin.name });
  });

  it('adds and removes holidays, refusing the same day twice', async () => {
    await addSlaHoliday(admin, { day: '2027-01-01', name: 'New Year' });
    expect(await refusal(addSlaHoliday(admin, { day: '2027-01-01', name: 'Again' }))).toBe('validation');
    expect(await refusal(addSlaHoliday(admin, { day: '2027-02-30', name: 'Nonsense' }))).toBe('validation');
    expect((await getSlaSettings(admin)).holidays).toEqual([{ day: '2027-01-01', name: 'New Year' }]);
    expect(await removeSlaHoliday(admin, { day: '2027-01-01' })).toEqual({ removed: true });
    expect(await removeSlaHoliday(admin, { day: '2027-01-01' })).toEqual({ removed: false });
  });
});

// Business hours are Monday to Friday, 09:00 to 17:00 UTC; 2026-12-02 is a Wednesday.
describe('ticket due times', () => {
  it('sets first response and resolution due on creation, in business time', async () => {
    const ticket = await open('medium', '2026-12-02T10:00:00Z');
    expect(await clock(ticket.id)).toEqual({
      first: '2026-12-02T14:00:00.000Z',
      next: null,
      resolution: '2026-12-04T10:00:00.000Z',
      due: '2026-12-02T14:00:00.000Z',
      paused: null,
    });
  });

  it('tracks nothing for a priority without targets', async () => {
    const ticket = await open('low', '2026-12-02T10:00:00Z');
    expect(await clock(ticket.id)).toMatchObject({ first: null, resolution: null, due: null });
  });

  it('meets the first response with a public reply, not with a note; a customer message makes the next response due', async () => {
    const ticket = await open('high', '2026-12-02T10:00:00Z');
    at('2026-12-02T10:20:00Z');
    await addStaffMessage(agent, { number: ticket.number, body: 'Looking into it.', visibility: 'internal' });
    expect((await clock(ticket.id)).due).toBe('2026-12-02T11:00:00.000Z');
    await addStaffMessage(agent, { number: ticket.number, body: 'We are on it.', visibility: 'public' });
    expect(await clock(ticket.id)).toMatchObject({ next: null, due: '2026-12-03T10:00:00.000Z' });
    at('2026-12-02T16:00:00Z');
    await addRequesterReply({ actor: ticket.requester, number: ticket.number }, { body: 'Any news?' });
    expect(await clock(ticket.id)).toMatchObject({ next: '2026-12-03T10:00:00.000Z', due: '2026-12-03T10:00:00.000Z' });
    at('2026-12-03T09:30:00Z');
    await addStaffMessage(agent, { number: ticket.number, body: 'Fixed soon.', visibility: 'public' });
    expect(await clock(ticket.id)).toMatchObject({ next: null, due: '2026-12-03T10:00:00.000Z' });
  });

  it('pauses on hold and, on resuming, moves the unmet due times on by the business time paused', async () => {
    const ticket = await open('high', '2026-12-02T10:00:00Z');
    at('2026-12-02T10:30:00Z');
    await transitionTicket(agent, { number: ticket.number, to: 'in_progress' });
    await transitionTicket(agent, { number: ticket.number, to: 'on_hold' });
    expect(await clock(ticket.id)).toMatchObject({ due: null, paused: '2026-12-02T10:30:00.000Z' });
    // Paused for 390 minutes on Wednesday and 90 on Thursday: 480 business minutes.
    at('2026-12-03T10:30:00Z');
    await transitionTicket(agent, { number: ticket.number, to: 'in_progress' });
    expect(await clock(ticket.id)).toEqual({
      first: '2026-12-03T11:00:00.000Z',
      next: null,
      resolution: '2026-12-04T10:00:00.000Z',
      due: '2026-12-03T11:00:00.000Z',
      paused: null,
    });
  });

  it('pauses while waiting on the customer, whose reply resumes it and counts the next response from the pause', async () => {
    const ticket = await open('high', '2026-12-02T10:00:00Z');
    at('2026-12-02T10:10:00Z');
    await addStaffMessage(agent, { number: ticket.number, body: 'Which model is it?', visibility: 'public' });
    await transitionTicket(agent, { number: ticket.number, to: 'in_progress' });
    await transitionTicket(agent, { number: ticket.number, to: 'pending_customer' });
    expect((await clock(ticket.id)).due).toBeNull();
    at('2026-12-02T12:10:00Z');
    await addRequesterReply({ actor: ticket.requester, number: ticket.number }, { body: 'The blue one.' });
    // Resolution moves on by the two paused hours; the next response is due two hours after the reply.
    expect(await clock(ticket.id)).toMatchObject({ paused: null, resolution: '2026-12-03T12:00:00.000Z', next: '2026-12-02T14:10:00.000Z', due: '2026-12-02T14:10:00.000Z' });
  });

  it('stops when resolved and, reopened, resumes with the time it was resolved left out', async () => {
    const ticket = await open('medium', '2026-12-02T10:00:00Z');
    at('2026-12-02T11:00:00Z');
    await transitionTicket(agent, { number: ticket.number, to: 'resolved' });
    expect(await clock(ticket.id)).toMatchObject({ due: null, paused: '2026-12-02T11:00:00.000Z' });
    at('2026-12-02T12:00:00Z');
    await transitionTicket(agent, { number: ticket.number, to: 'in_progress' });
    expect(await clock(ticket.id)).toMatchObject({ paused: null, first: '2026-12-02T15:00:00.000Z', due: '2026-12-02T15:00:00.000Z' });
  });

  it('counts the due times again from creation when the priority changes, keeping time paused', async () => {
    const ticket = await open('medium', '2026-12-02T10:00:00Z');
    at('2026-12-02T10:10:00Z');
    await setTicketPriority(agent, { number: ticket.number, priority: 'urgent' });
    expect(await clock(ticket.id)).toMatchObject({ first: '2026-12-02T10:30:00.000Z', resolution: '2026-12-02T14:00:00.000Z', due: '2026-12-02T10:30:00.000Z' });
    await transitionTicket(agent, { number: ticket.number, to: 'in_progress' });
    await transitionTicket(agent, { number: ticket.number, to: 'on_hold' });
    at('2026-12-02T11:10:00Z');
    await transitionTicket(agent, { number: ticket.number, to: 'in_progress' });
    // An hour on hold: urgent's 30 minutes become 90 from creation; as high, 60 become 120.
    expect((await clock(ticket.id)).first).toBe('2026-12-02T11:30:00.000Z');
    await setTicketPriority(agent, { number: ticket.number, priority: 'high' });
    expect(await clock(ticket.id)).toMatchObject({ first: '2026-12-02T12:00:00.000Z', resolution: '2026-12-03T11:00:00.000Z' });
    await setTicketPriority(agent, { number: ticket.number, priority: 'low' });
    expect(await clock(ticket.id)).toMatchObject({ first: null, resolution: null, due: null });
  });
});

describe('the Due soon view', () => {
  it('lists running clocks only, the next due time first, and pages on in that order', async () => {
    const { listQueue } = await import('@/lib/tickets/queue');
    const late = await open('medium', '2026-12-09T10:00:00Z');
    const soon = await open('urgent', '2026-12-09T10:00:00Z');
    const paused = await open('high', '2026-12-09T10:00:00Z');
    await transitionTicket(agent, { number: paused.number, to: 'in_progress' });
    await transitionTicket(agent, { number: paused.number, to: 'on_hold' });
    vi.useRealTimers();
    const first = await listQueue(agent, { view: 'due' }, { limit: 2 });
    const rest = await listQueue(agent, { view: 'due', cursor: first.nextCursor ?? '' }, { limit: 100 });
    const rows = [...first.rows, ...rest.rows];
    const dues = rows.map((row) => row.slaDueAt?.getTime() ?? Number.NaN);
    expect(dues.every((due) => !Number.isNaN(due))).toBe(true);
    expect(dues).toEqual([...dues].sort((a, b) => a - b));
    const numbers = rows.map((row) => row.number);
    expect(numbers).not.toContain(paused.number);
    expect(numbers.indexOf(soon.number)).toBeLessThan(numbers.indexOf(late.number));
  });
});

describe('recordSlaBreaches', () => {
  it('records each overdue target once, with an event and a notification to the assignee and, by choice, admins', async () => {
    const { recordSlaBreaches } = await import('./breaches');
    const { ticketEvents, notifications } = await import('@/db/schema');
    const ticket = await open('urgent', '2026-12-10T10:00:00Z');
    const db = await getDb();
    await db.update(tickets).set({ assigneeId: agent.id }).where(eq(tickets.id, ticket.id));
    vi.useRealTimers();
    const later = new Date('2026-12-10T10:45:00Z');
    await Promise.all([recordSlaBreaches(later), recordSlaBreaches(later)]);
    await recordSlaBreaches(later);
    const events = await db.select({ to: ticketEvents.toValue }).from(ticketEvents).where(and(eq(ticketEvents.ticketId, ticket.id), eq(ticketEvents.kind, 'sla_breached')));
    expect(events).toEqual([{ to: 'first_response' }]);
    const told = await db.select({ userId: notifications.userId }).from(notifications).where(and(eq(notifications.ticketId, ticket.id), eq(notifications.kind, 'sla_breached')));
    // notifyAdmins was switched on in the business-hours test above.
    expect(told.map((row) => row.userId)).toEqual(expect.arrayContaining([agent.id, admin.id]));
    expect(told.filter((row) => row.userId === agent.id)).toHaveLength(1);
    const [row] = await db.select({ breached: tickets.slaBreached }).from(tickets).where(eq(tickets.id, ticket.id));
    expect(row?.breached).toBe(1);
  });
});
