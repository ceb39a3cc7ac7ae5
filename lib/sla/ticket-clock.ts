import { and, desc, eq } from 'drizzle-orm';
import type { Executor } from '@/db/client';
import { type TicketPriority, type TicketStatus, ticketMessages, tickets } from '@/db/schema';
import { readCalendar, readTarget } from './calendar';
import { addBusinessMinutes, type BusinessCalendar, businessMinutesBetween } from './clock';

/**
 * Keeps a ticket's due times current. Each hook runs inside the caller's transaction, on a row
 * the caller has locked, after the caller's own write: it reads the SLA columns and rewrites them.
 */

/** Breach bits of `tickets.sla_breached`. */
export const SLA_BITS = { firstResponse: 1, nextResponse: 2, resolution: 4 } as const;

const pausedStatuses: ReadonlySet<TicketStatus> = new Set(['on_hold', 'pending_customer', 'resolved', 'closed']);
const doneStatuses: ReadonlySet<TicketStatus> = new Set(['resolved', 'closed']);

const clockColumns = {
  status: tickets.status,
  priority: tickets.priority,
  createdAt: tickets.createdAt,
  firstResponseAt: tickets.firstResponseAt,
  resolvedAt: tickets.resolvedAt,
  firstResponseDueAt: tickets.firstResponseDueAt,
  nextResponseDueAt: tickets.nextResponseDueAt,
  resolutionDueAt: tickets.resolutionDueAt,
  slaPausedAt: tickets.slaPausedAt,
  slaBreached: tickets.slaBreached,
};
type ClockState = { [K in keyof typeof clockColumns]: (typeof tickets.$inferSelect)[K] };
type DueTimes = Pick<ClockState, 'firstResponseDueAt' | 'nextResponseDueAt' | 'resolutionDueAt'>;

async function readState(db: Executor, ticketId: string): Promise<ClockState> {
  const [row] = await db.select(clockColumns).from(tickets).where(eq(tickets.id, ticketId)).limit(1);
  if (!row) throw new Error(`no ticket ${ticketId} for the SLA clock`);
  return row;
}

const hasDueTimes = (state: DueTimes) => state.firstResponseDueAt !== null || state.nextResponseDueAt !== null || state.resolutionDueAt !== null;

/** The earliest unmet due time while the clock runs; null while it is paused or stopped. */
export function nextDueAt(state: Pick<ClockState, 'status' | 'firstResponseAt' | 'resolvedAt' | 'slaPausedAt'> & DueTimes): Date | null {
  if (state.slaPausedAt || pausedStatuses.has(state.status)) return null;
  const unmet = [state.firstResponseAt ? null : state.firstResponseDueAt, state.nextResponseDueAt, state.resolvedAt ? null : state.resolutionDueAt];
  return unmet.reduce<Date | null>((earliest, due) => (due && (!earliest || due < earliest) ? due : earliest), null);
}

async function write(db: Executor, ticketId: string, state: ClockState, changes: Partial<ClockState>): Promise<void> {
  const next = { ...state, ...changes };
  await db
    .update(tickets)
    .set({
      firstResponseDueAt: next.firstResponseDueAt,
      nextResponseDueAt: next.nextResponseDueAt,
      resolutionDueAt: next.resolutionDueAt,
      slaPausedAt: next.slaPausedAt,
      slaBreached: next.slaBreached,
      slaDueAt: nextDueAt(next),
    })
    .where(eq(tickets.id, ticketId));
}

const due = (from: Date, minutes: number | null, calendar: BusinessCalendar) => (minutes === null ? null : addBusinessMinutes(from, minutes, calendar));

/** A new ticket: its first response and resolution are due after their targets from creation. */
export async function startSlaClock(db: Executor, ticketId: string): Promise<void> {
  const state = await readState(db, ticketId);
  const target = await readTarget(db, state.priority);
  if (target.firstResponseMinutes === null && target.resolutionMinutes === null) return;
  const calendar = await readCalendar(db);
  await write(db, ticketId, state, {
    firstResponseDueAt: due(state.createdAt, target.firstResponseMinutes, calendar),
    resolutionDueAt: due(state.createdAt, target.resolutionMinutes, calendar),
  });
}

/** A public staff reply meets the first response (the caller set its time) and any next response due. */
export async function slaAfterStaffReply(db: Executor, ticketId: string): Promise<void> {
  const state = await readState(db, ticketId);
  if (!hasDueTimes(state)) return;
  await write(db, ticketId, state, { nextResponseDueAt: null, slaBreached: state.slaBreached & ~SLA_BITS.nextResponse });
}

/**
 * The requester wrote: once the first response is out, an answer is due within the next-response
 * target, unless one is already due. On a paused ticket the wait is counted from the pause, as
 * the resume shifts every due time by the paused time.
 */
export async function slaAfterCustomerMessage(db: Executor, ticketId: string, now: Date): Promise<void> {
  const state = await readState(db, ticketId);
  if (!state.firstResponseAt || state.nextResponseDueAt || doneStatuses.has(state.status)) return;
  const target = await readTarget(db, state.priority);
  if (target.nextResponseMinutes === null) return;
  const calendar = await readCalendar(db);
  await write(db, ticketId, state, { nextResponseDueAt: due(state.slaPausedAt ?? now, target.nextResponseMinutes, calendar) });
}

/**
 * Waiting on the customer, on hold, resolved and closed pause the clock; back to work, each
 * unmet due time still ahead at the pause moves on by the business time the pause lasted.
 */
export async function slaAfterStatusChange(db: Executor, ticketId: string, from: TicketStatus, now: Date): Promise<void> {
  const state = await readState(db, ticketId);
  if (!hasDueTimes(state)) return;
  const wasPaused = pausedStatuses.has(from);
  const isPaused = pausedStatuses.has(state.status);
  if (!wasPaused && isPaused) return write(db, ticketId, state, { slaPausedAt: state.slaPausedAt ?? now });
  if (isPaused || !state.slaPausedAt) return write(db, ticketId, state, {});
  const pausedAt = state.slaPausedAt;
  const calendar = await readCalendar(db);
  const paused = businessMinutesBetween(pausedAt, now, calendar);
  const shift = (at: Date | null, met: boolean) => (at && !met && at > pausedAt ? addBusinessMinutes(at, paused, calendar) : at);
  await write(db, ticketId, state, {
    slaPausedAt: null,
    firstResponseDueAt: shift(state.firstResponseDueAt, state.firstResponseAt !== null),
    nextResponseDueAt: shift(state.nextResponseDueAt, false),
    resolutionDueAt: shift(state.resolutionDueAt, state.resolvedAt !== null),
  });
}

/**
 * A new priority brings new targets: each unmet due time is counted again from its start (the
 * ticket's creation, or the requester's last message for a next response) with the new target,
 * keeping the business time the ticket already spent paused.
 */
export async function slaAfterPriorityChange(db: Executor, ticketId: string, from: TicketPriority): Promise<void> {
  const state = await readState(db, ticketId);
  if (doneStatuses.has(state.status)) return;
  const [before, after] = await Promise.all([readTarget(db, from), readTarget(db, state.priority)]);
  if (!hasDueTimes(state) && after.firstResponseMinutes === null && after.resolutionMinutes === null) return;
  const calendar = await readCalendar(db);
  const recount = (start: Date, oldDue: Date | null, oldMinutes: number | null, newMinutes: number | null) => {
    if (newMinutes === null) return null;
    const spentPaused = oldDue && oldMinutes !== null ? Math.max(0, businessMinutesBetween(start, oldDue, calendar) - oldMinutes) : 0;
    return addBusinessMinutes(start, newMinutes + spentPaused, calendar);
  };
  const changes: Partial<ClockState> = {};
  if (!state.firstResponseAt) changes.firstResponseDueAt = recount(state.createdAt, state.firstResponseDueAt, before.firstResponseMinutes, after.firstResponseMinutes);
  if (!state.resolvedAt) changes.resolutionDueAt = recount(state.createdAt, state.resolutionDueAt, before.resolutionMinutes, after.resolutionMinutes);
  if (state.nextResponseDueAt) {
    const start = await lastRequesterMessageAt(db, ticketId);
    changes.nextResponseDueAt = start ? recount(start, state.nextResponseDueAt, before.nextResponseMinutes, after.nextResponseMinutes) : state.nextResponseDueAt;
  }
  await write(db, ticketId, state, changes);
}

async function lastRequesterMessageAt(db: Executor, ticketId: string): Promise<Date | null> {
  const [row] = await db
    .select({ createdAt: ticketMessages.createdAt })
    .from(ticketMessages)
    .where(and(eq(ticketMessages.ticketId, ticketId), eq(ticketMessages.authorKind, 'requester')))
    .orderBy(desc(ticketMessages.createdAt))
    .limit(1);
  return row?.createdAt ?? null;
}
