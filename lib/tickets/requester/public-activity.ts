import { and, eq, inArray, type SQL, sql } from 'drizzle-orm';
import { ticketEvents, ticketMessages, tickets } from '@/db/schema';

/**
 * The ticket events a requester may see: what happened to their request, not who worked on it
 * or what the team noted. Assignment, notes, field changes and audit entries stay internal.
 */
export const publicEventKinds = ['created', 'status_changed', 'feedback_given', 'linked'] as const;

/**
 * When the requester last saw something change: a public message or a public event. Not
 * tickets.last_activity_at, which internal notes move too, and would give them away.
 */
export function publicActivityAt(): SQL<Date> {
  const lastMessage = sql`(select max(${ticketMessages.createdAt}) from ${ticketMessages} where ${and(
    eq(ticketMessages.ticketId, tickets.id),
    eq(ticketMessages.visibility, 'public'),
  )})`;
  const lastEvent = sql`(select max(${ticketEvents.createdAt}) from ${ticketEvents} where ${and(
    eq(ticketEvents.ticketId, tickets.id),
    inArray(ticketEvents.kind, [...publicEventKinds]),
  )})`;
  return sql<Date>`greatest(${tickets.createdAt}, ${lastMessage}, ${lastEvent})`;
}
