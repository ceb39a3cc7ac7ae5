import 'server-only';
import { asc, eq } from 'drizzle-orm';
import { alias } from 'drizzle-orm/pg-core';
import { getDb } from '@/db/client';
import { tickets } from '@/db/schema';
import type { Actor } from '@/lib/access/actor';
import { assertCan } from '@/lib/access/permissions';
import { notFound } from '@/lib/errors';
import { ticketNumberSchema } from '../schemas';

export type MergeState = {
  /** The survivor, when this ticket was merged into it. */
  mergedInto: { number: string; subject: string; at: Date | null } | null;
  /** The tickets merged into this one, oldest merge first. */
  mergedFrom: string[];
};

const survivors = alias(tickets, 'survivors');

/** Where a ticket stands in merges, for the desk. */
export async function getMergeState(actor: Actor, input: { number: string }): Promise<MergeState> {
  assertCan(actor, 'ticket:work');
  const number = ticketNumberSchema.safeParse(input.number);
  if (!number.success) throw notFound('No such ticket.');
  const db = await getDb();
  const [row] = await db
    .select({ id: tickets.id, mergedAt: tickets.mergedAt, survivorNumber: survivors.number, survivorSubject: survivors.subject })
    .from(tickets)
    .leftJoin(survivors, eq(survivors.id, tickets.mergedIntoId))
    .where(eq(tickets.number, number.data))
    .limit(1);
  if (!row) throw notFound('No such ticket.');
  const from = await db.select({ number: tickets.number }).from(tickets).where(eq(tickets.mergedIntoId, row.id)).orderBy(asc(tickets.mergedAt), asc(tickets.number));
  return {
    mergedInto: row.survivorNumber && row.survivorSubject ? { number: row.survivorNumber, subject: row.survivorSubject, at: row.mergedAt } : null,
    mergedFrom: from.map((r) => r.number),
  };
}
