import 'server-only';
import { and, eq, gte, inArray, isNotNull, isNull, lt, notInArray, or, sql } from 'drizzle-orm';
import type { PgColumn } from 'drizzle-orm/pg-core';
import { getDb } from '@/db/client';
import { feedback, type StaffStatus, ticketEvents, tickets, users } from '@/db/schema';
import type { Actor } from '@/lib/access/actor';
import { assertCan } from '@/lib/access/permissions';
import { parseInput } from '@/lib/errors';
import { doneTicketStatuses, openTicketStatuses } from '@/lib/vocabulary';
import { type StatRange, statRangeSchema } from './schemas';

export type DayCount = { day: string; opened: number; resolved: number };
/** Durations in seconds; null when nothing was measured. */
export type Timing = { median: number | null; p90: number | null; measured: number };
export type Rating = 1 | 2 | 3 | 4 | 5;
export type AgentStats = {
  id: string;
  name: string;
  role: 'agent' | 'admin';
  staffStatus: StaffStatus | null;
  openLoad: number;
  resolved: number;
  ratingAverage: number | null;
  ratingCount: number;
};

export type RangeStats = {
  days: StatRange;
  /** First day included and the day after the last, both at 00:00 UTC. */
  from: Date;
  until: Date;
  daily: DayCount[];
  opened: number;
  resolved: number;
  firstResponse: Timing;
  resolution: Timing;
  csat: { average: number | null; count: number; distribution: Record<Rating, number> };
  agents: AgentStats[];
};

const DAY = 86_400_000;
const dayKey = (column: PgColumn) => sql<string>`to_char(${column} at time zone 'UTC', 'YYYY-MM-DD')`;
const seconds = (later: PgColumn) => sql`extract(epoch from (${later} - ${tickets.createdAt}))::float8`;
const toNumber = (value: unknown): number | null => (value === null || value === undefined ? null : Number(value));

/** A move into resolved or closed from a status that was not already one of them. */
const resolution = and(
  eq(ticketEvents.kind, 'status_changed'),
  inArray(ticketEvents.toValue, [...doneTicketStatuses]),
  or(isNull(ticketEvents.fromValue), notInArray(ticketEvents.fromValue, [...doneTicketStatuses])),
);

/**
 * The chosen period, in whole UTC days ending today. Every figure is aggregated in SQL over an
 * index range: tickets by created_at (opened, response and resolution times, for tickets opened
 * in the period), ticket events by created_at (resolutions per day and per agent), open load by
 * assignee. Ratings are those given in the period; the feedback table is one small row per rated ticket.
 */
export async function getRangeStats(actor: Actor, input: unknown, now = new Date()): Promise<RangeStats> {
  assertCan(actor, 'stats:read');
  const { days } = parseInput(statRangeSchema, input);
  const until = new Date(Date.UTC(now.getUTCFullYear(), now.getUTCMonth(), now.getUTCDate()) + DAY);
  const from = new Date(until.getTime() - days * DAY);
  const db = await getDb();
  const opened = and(gte(tickets.createdAt, from), lt(tickets.createdAt, until));
  // Each rating's ticket is looked up by primary key: a join would scan every ticket instead.
  const rated = db
    .select({
      rating: feedback.rating,
      assigneeId: sql<string | null>`(select ${tickets.assigneeId} from ${tickets} where ${tickets.id} = ${feedback.ticketId})`.as('assignee_id'),
    })
    .from(feedback)
    .where(and(gte(feedback.createdAt, from), lt(feedback.createdAt, until)))
    .as('rated');

  const [openedPerDay, [timing], resolvedRows, ratingRows, loadRows, staff] = await Promise.all([
    db
      .select({ day: dayKey(tickets.createdAt), count: sql<number>`count(*)::int` })
      .from(tickets)
      .where(opened)
      .groupBy(dayKey(tickets.createdAt)),
    db
      .select({
        responseMedian: sql<number | null>`percentile_cont(0.5) within group (order by ${seconds(tickets.firstResponseAt)})`,
        responseP90: sql<number | null>`percentile_cont(0.9) within group (order by ${seconds(tickets.firstResponseAt)})`,
        responded: sql<number>`count(${tickets.firstResponseAt})::int`,
        resolutionMedian: sql<number | null>`percentile_cont(0.5) within group (order by ${seconds(tickets.resolvedAt)})`,
        resolutionP90: sql<number | null>`percentile_cont(0.9) within group (order by ${seconds(tickets.resolvedAt)})`,
        resolvedCount: sql<number>`count(${tickets.resolvedAt})::int`,
      })
      .from(tickets)
      .where(opened),
    db
      .select({
        day: dayKey(ticketEvents.createdAt),
        actorId: ticketEvents.actorId,
        byDay: sql<number>`grouping(${ticketEvents.actorId})::int`,
        count: sql<number>`count(*)::int`,
      })
      .from(ticketEvents)
      .where(and(gte(ticketEvents.createdAt, from), lt(ticketEvents.createdAt, until), resolution))
      .groupBy(sql`grouping sets ((${dayKey(ticketEvents.createdAt)}), (${ticketEvents.actorId}))`),
    db
      .select({
        rating: rated.rating,
        assigneeId: rated.assigneeId,
        byRating: sql<number>`grouping(${rated.assigneeId})::int`,
        count: sql<number>`count(*)::int`,
        total: sql<number>`sum(${rated.rating})::int`,
      })
      .from(rated)
      .groupBy(sql`grouping sets ((${rated.rating}), (${rated.assigneeId}))`),
    db
      .select({ assigneeId: tickets.assigneeId, count: sql<number>`count(*)::int` })
      .from(tickets)
      .where(and(isNull(tickets.archivedAt), isNotNull(tickets.assigneeId), inArray(tickets.status, [...openTicketStatuses])))
      .groupBy(tickets.assigneeId),
    db
      .select({ id: users.id, name: users.name, role: users.role, staffStatus: users.staffStatus })
      .from(users)
      .where(inArray(users.role, ['agent', 'admin']))
      .orderBy(sql`lower(${users.name})`),
  ]);

  const perDay = new Map<string, DayCount>();
  for (let t = from.getTime(); t < until.getTime(); t += DAY) {
    const day = new Date(t).toISOString().slice(0, 10);
    perDay.set(day, { day, opened: 0, resolved: 0 });
  }
  for (const row of openedPerDay) {
    const entry = perDay.get(row.day);
    if (entry) entry.opened = row.count;
  }
  const resolvedBy = new Map<string, number>();
  for (const row of resolvedRows) {
    if (row.byDay === 1) {
      const entry = perDay.get(row.day);
      if (entry) entry.resolved = row.count;
    } else if (row.actorId) resolvedBy.set(row.actorId, row.count);
  }

  const distribution: Record<Rating, number> = { 1: 0, 2: 0, 3: 0, 4: 0, 5: 0 };
  const ratingsFor = new Map<string, { count: number; total: number }>();
  for (const row of ratingRows) {
    if (row.byRating === 1) distribution[row.rating as Rating] = row.count;
    else if (row.assigneeId) ratingsFor.set(row.assigneeId, { count: row.count, total: row.total });
  }
  const ratingCount = Object.values(distribution).reduce((sum, n) => sum + n, 0);
  const ratingTotal = Object.entries(distribution).reduce((sum, [rating, n]) => sum + Number(rating) * n, 0);
  const loadOf = new Map(loadRows.map((row) => [row.assigneeId, row.count]));

  const agents = staff
    .map((person): AgentStats => {
      const ratings = ratingsFor.get(person.id);
      return {
        id: person.id,
        name: person.name,
        role: person.role === 'admin' ? 'admin' : 'agent',
        staffStatus: person.staffStatus,
        openLoad: loadOf.get(person.id) ?? 0,
        resolved: resolvedBy.get(person.id) ?? 0,
        ratingAverage: ratings ? ratings.total / ratings.count : null,
        ratingCount: ratings?.count ?? 0,
      };
    })
    // Applicants and former staff only when they have something to show.
    .filter((agent) => agent.staffStatus === 'approved' || agent.openLoad || agent.resolved || agent.ratingCount);

  const daily = [...perDay.values()];
  return {
    days,
    from,
    until,
    daily,
    opened: daily.reduce((sum, d) => sum + d.opened, 0),
    resolved: daily.reduce((sum, d) => sum + d.resolved, 0),
    firstResponse: { median: toNumber(timing?.responseMedian), p90: toNumber(timing?.responseP90), measured: timing?.responded ?? 0 },
    resolution: { median: toNumber(timing?.resolutionMedian), p90: toNumber(timing?.resolutionP90), measured: timing?.resolvedCount ?? 0 },
    csat: { average: ratingCount ? ratingTotal / ratingCount : null, count: ratingCount, distribution },
    agents,
  };
}
