import 'server-only';
import { eq, sql } from 'drizzle-orm';
import { getDb, type Transaction } from '@/db/client';
import { ticketMessages, tickets } from '@/db/schema';
import type { Actor, UserActor } from '@/lib/access/actor';
import { assertCan } from '@/lib/access/permissions';
import { AppError, parseInput } from '@/lib/errors';
import { notifyStaffReply } from '@/lib/notify';
import { recordTicketEvent } from '../events';
import { assertNotArchived, type LockedTicket, lockTicketByNumber } from '../locked-ticket';
import { type MessageSource, staffMessageSchema } from '../schemas';

export type AddedMessage = { id: string; visibility: 'public' | 'internal'; createdAt: Date };

/**
 * A staff reply to the requester or an internal note. The first public reply sets the
 * first-response time; notes never change what the requester sees.
 */
export async function addStaffMessage(actor: Actor, input: { number: string; body: unknown; visibility: unknown }): Promise<AddedMessage> {
  assertCan(actor, 'ticket:work');
  if (actor.kind !== 'user') throw new AppError('unauthorized', 'Please sign in to continue.');
  const { body, visibility } = parseInput(staffMessageSchema, { body: input.body, visibility: input.visibility });
  const db = await getDb();
  return db.transaction(async (tx) => writeStaffMessage(tx, actor, await lockTicketByNumber(tx, input.number), { body, visibility }));
}

/**
 * addStaffMessage's work inside the caller's transaction, on a ticket the caller has locked and
 * by staff the caller has checked: the desk and a reply by mail (lib/mail/inbound) alike.
 */
export async function writeStaffMessage(
  tx: Transaction,
  actor: UserActor,
  ticket: LockedTicket,
  { body, visibility, source = 'web' }: { body: string; visibility: 'public' | 'internal'; source?: MessageSource },
): Promise<AddedMessage> {
  assertNotArchived(ticket);
  if (ticket.status === 'closed' && visibility === 'public') {
    throw new AppError('conflict', 'This ticket is closed; it takes no more replies. Add an internal note instead.');
  }
  const now = new Date();
  const [message] = await tx
    .insert(ticketMessages)
    .values({ ticketId: ticket.id, visibility, authorKind: 'staff', authorId: actor.id, authorName: actor.name, body, source, createdAt: now })
    .returning({ id: ticketMessages.id, visibility: ticketMessages.visibility, createdAt: ticketMessages.createdAt });
  if (!message) throw new Error('message insert returned no row');
  await tx
    .update(tickets)
    .set(
      visibility === 'public'
        ? {
            lastActivityAt: now,
            lastPublicActivityAt: now,
            updatedAt: now,
            lastMessageBy: 'staff',
            firstResponseAt: sql`coalesce(${tickets.firstResponseAt}, ${now.toISOString()}::timestamptz)`,
          }
        : // A note is activity for the team only: what the requester sees as last activity stays put.
          { lastActivityAt: now, updatedAt: now },
    )
    .where(eq(tickets.id, ticket.id));
  await recordTicketEvent(tx, actor, ticket, { kind: visibility === 'public' ? 'replied' : 'note_added', message: { id: message.id, visibility } });
  await notifyStaffReply(tx, actor, ticket.id, { visibility, body, createdAt: now });
  return message;
}
