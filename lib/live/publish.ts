import { sql } from 'drizzle-orm';
import type { Executor } from '@/db/client';
import type { TicketChange } from '@/lib/tickets/events';
import type { LiveEvent } from './events';

export const LIVE_CHANNEL = 'deskline_live';

/**
 * Sends one event to every instance's hub. Inside a transaction PostgreSQL delivers it at commit,
 * and never for a rolled-back change; outside one (presence) at once.
 */
export async function publishLive(db: Executor, event: LiveEvent): Promise<void> {
  await db.execute(sql`select pg_notify(${LIVE_CHANNEL}, ${JSON.stringify(event)})`);
}

/** A ticket changed; the requester id is read in the same statement so customer streams can be matched. */
export async function publishTicketChange(tx: Executor, change: TicketChange): Promise<void> {
  await tx.execute(sql`select pg_notify(${LIVE_CHANNEL}, json_build_object(
    'type', 'ticket',
    'ticketId', ${change.ticketId}::uuid,
    'number', ${change.number}::text,
    'kind', ${change.kind}::text,
    'visibility', ${change.visibility ?? null}::text,
    'actorId', ${change.actorId}::uuid,
    'requesterId', (select requester_id from tickets where id = ${change.ticketId}::uuid)
  )::text)`);
}

/** New in-app notifications for these users: their bells re-read. */
export async function publishNotifications(tx: Executor, userIds: string[]): Promise<void> {
  if (userIds.length) await publishLive(tx, { type: 'notification', userIds });
}

/** A user's role, status or sessions changed: their open streams authorise again. */
export async function publishUserChange(tx: Executor, userId: string): Promise<void> {
  await publishLive(tx, { type: 'user', userId });
}
