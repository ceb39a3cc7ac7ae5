import type { Transaction } from '@/db/client';
import type { Actor } from '@/lib/access/actor';
import { statusLabel, type TicketStatus } from '@/lib/vocabulary';
import { ticketFollowersExcept } from './followers';
import { type NotificationDraft, writeNotifications } from './notification';
import { actorUserId, deskPath, ticketFacts } from './people';

/**
 * The same news, in the app, for the staff who follow the ticket: never the one who acted, nor
 * whoever `alsoExcept` names (an assignee already told). No mail: the mails speak of "your ticket".
 */
export async function notifyFollowers(
  tx: Transaction,
  actor: Actor,
  ticketId: string,
  draft: Omit<NotificationDraft, 'ticketId' | 'href'>,
  options: { alsoExcept?: Array<string | null>; now?: Date } = {},
): Promise<void> {
  const followers = await ticketFollowersExcept(tx, ticketId, [actorUserId(actor), ...(options.alsoExcept ?? [])]);
  if (followers.length === 0) return;
  const ticket = await ticketFacts(tx, ticketId);
  await writeNotifications(
    tx,
    followers.map((person) => person.id),
    { ...draft, title: `${draft.title} ${ticket.number}: ${ticket.subject}`, href: deskPath(ticket.number), ticketId },
    options.now,
  );
}

/** A status change, for the followers only: the requester hears of resolution in its own mail. */
export async function notifyStatusChanged(tx: Transaction, actor: Actor, ticketId: string, to: TicketStatus, now = new Date()): Promise<void> {
  const actorName = actor.kind === 'user' ? actor.name : 'The requester';
  await notifyFollowers(tx, actor, ticketId, { kind: 'ticket_status_changed', title: `${actorName} changed the status to ${statusLabel[to].toLowerCase()} on`, actorName }, { now });
}
