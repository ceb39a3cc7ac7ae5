import type { Transaction } from '@/db/client';
import type { Actor } from '@/lib/access/actor';
import { toPublicMessage } from '@/lib/mail/public-message';
import { queueMail } from '@/lib/mail/queue-mail';
import { appUrl } from '@/lib/mail/settings';
import { priorityLabel } from '@/lib/vocabulary';
import { notifyFollowers } from './follower-events';
import { writeNotifications } from './notification';
import { activeStaff, activeStaffMember, actorUserId, deskPath, ticketFacts } from './people';
import { usersWantingMail, wantsMail } from './preferences';

const EXCERPT_LENGTH = 500;

/**
 * A ticket was given to someone other than the one who acted: an admin's reassignment, or
 * auto-assignment (`auto`) of a ticket someone opened. Taking a ticket yourself tells nobody.
 */
export async function notifyTicketAssigned(
  tx: Transaction,
  actor: Actor,
  ticketId: string,
  assigneeId: string,
  options: { auto?: boolean; now?: Date } = {},
): Promise<void> {
  const now = options.now ?? new Date();
  const assignedByName = actor.kind === 'user' && !options.auto ? actor.name : null;
  const assignee = await activeStaffMember(tx, assigneeId);
  if (assignee) {
    const title = `${assignedByName ?? 'Auto-assignment'} assigned ${assignee.name} to`;
    await notifyFollowers(tx, actor, ticketId, { kind: 'ticket_assigned', title, actorName: assignedByName }, { alsoExcept: [assignee.id], now });
  }
  if (actorUserId(actor) === assigneeId || !assignee) return;
  const ticket = await ticketFacts(tx, ticketId);
  if (await wantsMail(tx, assignee.id, 'ticket_assigned')) {
    await queueMail(
      tx,
      {
        kind: 'ticket_assigned',
        to: { email: assignee.email, userId: assignee.id },
        ticket,
        props: {
          agentName: assignee.name,
          number: ticket.number,
          subject: ticket.subject,
          requesterName: ticket.requesterName,
          priorityLabel: priorityLabel[ticket.priority],
          assignedByName,
          deskUrl: appUrl(deskPath(ticket.number)),
        },
      },
      now,
    );
  }
  await writeNotifications(
    tx,
    [assignee.id],
    {
      kind: 'ticket_assigned',
      title: `${assignedByName ?? 'Auto-assignment'} assigned ${ticket.number} to you: ${ticket.subject}`,
      href: deskPath(ticket.number),
      ticketId,
      actorName: assignedByName,
    },
    now,
  );
}

/** Approved staff who asked for news of tickets no one holds, except whoever acted. */
async function unassignedWatchers(tx: Transaction, actor: Actor): Promise<Array<{ id: string; email: string; name: string }>> {
  const staff = (await activeStaff(tx, ['agent', 'admin'])).filter((person) => person.id !== actorUserId(actor));
  const wanting = await usersWantingMail(tx, staff.map((person) => person.id), 'unassigned_ticket');
  return staff.filter((person) => wanting.has(person.id));
}

/**
 * A new ticket that nobody holds after auto-assignment: the staff who opted in get a mail and a
 * notification. Opt-in (see mail-kinds.ts), so the default desk is not flooded.
 */
export async function notifyUnassignedTicket(tx: Transaction, actor: Actor, ticketId: string, now = new Date()): Promise<void> {
  const ticket = await ticketFacts(tx, ticketId);
  if (ticket.assigneeId) return;
  const watchers = await unassignedWatchers(tx, actor);
  for (const person of watchers) {
    await queueMail(
      tx,
      {
        kind: 'unassigned_ticket',
        to: { email: person.email, userId: person.id },
        ticket,
        props: {
          agentName: person.name,
          number: ticket.number,
          subject: ticket.subject,
          requesterName: ticket.requesterName,
          categoryName: ticket.categoryName,
          priorityLabel: priorityLabel[ticket.priority],
          excerpt: ticket.description.slice(0, EXCERPT_LENGTH),
          deskUrl: appUrl(deskPath(ticket.number)),
        },
      },
      now,
    );
  }
  await writeNotifications(
    tx,
    watchers.map((person) => person.id),
    { kind: 'ticket_created', title: `New unassigned ticket ${ticket.number}: ${ticket.subject}`, href: deskPath(ticket.number), ticketId, actorName: ticket.requesterName },
    now,
  );
}

type RequesterReply = { authorName: string; body: string; createdAt: Date };

/**
 * The requester wrote again. The assignee gets the reply by mail and a notification. On a ticket
 * nobody holds no mail goes out (customer_replied speaks of "your ticket"); the staff who follow
 * unassigned tickets get a notification, and the ticket shows as needing a reply in the queue.
 */
export async function notifyRequesterReply(tx: Transaction, actor: Actor, ticketId: string, message: RequesterReply): Promise<void> {
  const ticket = await ticketFacts(tx, ticketId);
  const now = message.createdAt;
  const draft = { kind: 'ticket_replied' as const, href: deskPath(ticket.number), ticketId, actorName: message.authorName };
  await notifyFollowers(tx, actor, ticketId, { kind: 'ticket_replied', title: `${message.authorName} replied on`, actorName: message.authorName }, { alsoExcept: [ticket.assigneeId], now });
  if (!ticket.assigneeId) {
    const watchers = await unassignedWatchers(tx, actor);
    const title = `${message.authorName} replied on unassigned ${ticket.number}: ${ticket.subject}`;
    await writeNotifications(tx, watchers.map((person) => person.id), { ...draft, title }, now);
    return;
  }
  const assignee = await activeStaffMember(tx, ticket.assigneeId);
  if (!assignee || assignee.id === actorUserId(actor)) return;
  if (await wantsMail(tx, assignee.id, 'customer_replied')) {
    const reply = toPublicMessage({ visibility: 'public', authorName: message.authorName, body: message.body, createdAt: message.createdAt });
    await queueMail(
      tx,
      {
        kind: 'customer_replied',
        to: { email: assignee.email, userId: assignee.id },
        ticket,
        props: { agentName: assignee.name, number: ticket.number, subject: ticket.subject, reply, deskUrl: appUrl(deskPath(ticket.number)) },
      },
      now,
    );
  }
  await writeNotifications(tx, [assignee.id], { ...draft, title: `${message.authorName} replied on ${ticket.number}: ${ticket.subject}` }, now);
}

