import 'server-only';
import { and, asc, eq, gt, or, sql } from 'drizzle-orm';
import { getDb } from '@/db/client';
import { ticketMessages } from '@/db/schema';
import type { Actor } from '@/lib/access/actor';
import { cursorKeys, instantKey, keysetCursor } from '@/lib/cursor';
import { AppError, notFound, parseInput } from '@/lib/errors';
import { attachmentsOf } from '@/lib/files/read';
import type { TicketMessageView } from '../read-ticket';
import { conversationPageSchema } from './schemas';
import { findVisibleTicket } from './visible-ticket';

export type MessagePage = { messages: TicketMessageView[]; nextCursor: string | null };

const messageCursor = keysetCursor([cursorKeys.instant, cursorKeys.id], 'messages');

const columns = {
  id: ticketMessages.id,
  visibility: ticketMessages.visibility,
  authorKind: ticketMessages.authorKind,
  authorName: ticketMessages.authorName,
  body: ticketMessages.body,
  createdAt: ticketMessages.createdAt,
};

/** What the actor may read of a ticket's messages: a requester never gets an internal note. */
const readable = (ticketId: string, staff: boolean) =>
  and(eq(ticketMessages.ticketId, ticketId), staff ? undefined : eq(ticketMessages.visibility, 'public'));

/**
 * A ticket's messages oldest first, a page at a time, as getTicket shows them: staff get replies
 * and internal notes, the customer who asked gets the replies only. A cursor it did not issue is 400.
 */
export async function listTicketMessages(actor: Actor, input: { number: string; cursor?: unknown; limit?: unknown }): Promise<MessagePage> {
  const { cursor: raw, limit } = parseInput(conversationPageSchema, { cursor: input.cursor, limit: input.limit });
  const cursor = messageCursor.decode(raw);
  if (raw && !cursor) throw new AppError('bad_request', 'The cursor is not one this API issued.', { fields: { cursor: ['Pass the nextCursor of a previous page.'] } });
  const ticket = await findVisibleTicket(actor, input.number);
  const db = await getDb();
  const after = cursor
    ? or(
        gt(ticketMessages.createdAt, sql`${cursor[0]}::timestamptz`),
        and(eq(ticketMessages.createdAt, sql`${cursor[0]}::timestamptz`), gt(ticketMessages.id, cursor[1])),
      )
    : undefined;
  const rows = await db
    .select({ ...columns, key: instantKey(ticketMessages.createdAt) })
    .from(ticketMessages)
    .where(and(readable(ticket.id, ticket.staff), after))
    .orderBy(asc(ticketMessages.createdAt), asc(ticketMessages.id))
    .limit(limit + 1);
  const page = rows.slice(0, limit);
  const last = rows.length > limit ? page.at(-1) : undefined;
  const files = await attachmentsOf(db, ticket.id, page.map((message) => message.id));
  return {
    messages: page.map(({ key: _key, ...message }) => ({ ...message, attachments: files.get(message.id) ?? [] })),
    nextCursor: last ? messageCursor.encode([last.key, last.id]) : null,
  };
}

/** One message of a ticket, when the actor may read both. */
export async function getTicketMessage(actor: Actor, input: { number: string; id: string }): Promise<TicketMessageView> {
  const ticket = await findVisibleTicket(actor, input.number);
  if (!cursorKeys.id.safeParse(input.id).success) throw notFound('No such message.');
  const db = await getDb();
  const [message] = await db
    .select(columns)
    .from(ticketMessages)
    .where(and(readable(ticket.id, ticket.staff), eq(ticketMessages.id, input.id)))
    .limit(1);
  if (!message) throw notFound('No such message.');
  const files = await attachmentsOf(db, ticket.id, [message.id]);
  return { ...message, attachments: files.get(message.id) ?? [] };
}
