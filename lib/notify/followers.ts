import { and, eq, inArray } from 'drizzle-orm';
import type { Executor } from '@/db/client';
import { ticketFollowers, users } from '@/db/schema';
import type { Person } from './people';

/** Approved staff following the ticket, except these people (the actor, the assignee told already). */
export async function ticketFollowersExcept(db: Executor, ticketId: string, except: Array<string | null>): Promise<Person[]> {
  const rows = await db
    .select({ id: users.id, email: users.email, name: users.name })
    .from(ticketFollowers)
    .innerJoin(users, eq(users.id, ticketFollowers.userId))
    .where(and(eq(ticketFollowers.ticketId, ticketId), inArray(users.role, ['agent', 'admin']), eq(users.staffStatus, 'approved')))
    .orderBy(ticketFollowers.createdAt, users.id);
  const skip = new Set(except.filter((id): id is string => !!id));
  return rows.filter((row) => !skip.has(row.id));
}
