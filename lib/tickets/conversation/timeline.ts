import 'server-only';
import { and, asc, eq, inArray, sql } from 'drizzle-orm';
import { getDb } from '@/db/client';
import { ticketEvents } from '@/db/schema';
import type { Actor } from '@/lib/access/actor';
import { cursorKeys, instantKey, keysetCursor } from '@/lib/cursor';
import { AppError, parseInput } from '@/lib/errors';
import { publicEventKinds } from '../requester/public-activity';
import { requesterEventOrder } from '../requester/view';
import { deskEventOrder, type TimelineEvent } from '../workspace/desk-ticket';
import { conversationPageSchema } from './schemas';
import { findVisibleTicket } from './visible-ticket';

export type EventPage = { events: (TimelineEvent & { messageId: string | null })[]; nextCursor: string | null };

// The order within one transaction differs between the desk and the portal, so does the cursor.
const cursors = {
  desk: keysetCursor([cursorKeys.instant, cursorKeys.rank, cursorKeys.id], 'desk-events'),
  requester: keysetCursor([cursorKeys.instant, cursorKeys.rank, cursorKeys.id], 'events'),
};

/**
 * A ticket's timeline oldest first, a page at a time: staff get every event as the desk shows
 * it; the customer who asked gets the public activity the portal shows (no assignment, notes,
 * replies or field changes). A cursor it did not issue is 400.
 */
export async function listTicketEvents(actor: Actor, input: { number: string; cursor?: unknown; limit?: unknown }): Promise<EventPage> {
  const { cursor: raw, limit } = parseInput(conversationPageSchema, { cursor: input.cursor, limit: input.limit });
  const ticket = await findVisibleTicket(actor, input.number);
  const audience = ticket.staff ? 'desk' : 'requester';
  const cursor = cursors[audience].decode(raw);
  if (raw && !cursor) throw new AppError('bad_request', 'The cursor is not one this API issued.', { fields: { cursor: ['Pass the nextCursor of a previous page.'] } });
  const order = ticket.staff ? deskEventOrder : requesterEventOrder;
  const db = await getDb();
  const rows = await db
    .select({
      id: ticketEvents.id,
      kind: ticketEvents.kind,
      actorName: ticketEvents.actorName,
      from: ticketEvents.fromValue,
      to: ticketEvents.toValue,
      messageId: ticketEvents.messageId,
      createdAt: ticketEvents.createdAt,
      key: instantKey(ticketEvents.createdAt),
      rank: order,
    })
    .from(ticketEvents)
    .where(
      and(
        eq(ticketEvents.ticketId, ticket.id),
        ticket.staff ? undefined : inArray(ticketEvents.kind, [...publicEventKinds]),
        cursor ? sql`(${ticketEvents.createdAt}, ${order}, ${ticketEvents.id}) > (${cursor[0]}::timestamptz, ${Number(cursor[1])}, ${cursor[2]}::uuid)` : undefined,
      ),
    )
    .orderBy(asc(ticketEvents.createdAt), order, asc(ticketEvents.id))
    .limit(limit + 1);
  const page = rows.slice(0, limit);
  const last = rows.length > limit ? page.at(-1) : undefined;
  return {
    // The customer's kinds never concern a note, but their answer carries no message id at all.
    events: page.map(({ key: _key, rank: _rank, ...event }) => ({ ...event, messageId: ticket.staff ? event.messageId : null })),
    nextCursor: last ? cursors[audience].encode([last.key, String(last.rank), last.id]) : null,
  };
}
