import type { Transaction } from '@/db/client';
import type { UserActor } from '@/lib/access/actor';
import { toPublicMessage } from '@/lib/mail/public-message';
import { queueMail } from '@/lib/mail/queue-mail';
import { appUrl, mailSettings } from '@/lib/mail/settings';
import { trackingTokenForMail } from '@/lib/tickets/tracking/mail-token';
import { notifyFollowers } from './follower-events';
import { writeNotifications } from './notification';
import { type TicketFacts, ticketFacts } from './people';
import { wantsMail } from './preferences';

/**
 * Where the requester opens their ticket: a customer, in the portal; a visitor, by their private
 * link, which may be reissued here (see trackingTokenForMail).
 */
async function requesterTicketUrl(tx: Transaction, ticket: TicketFacts, now: Date): Promise<string> {
  if (ticket.requesterId) return appUrl(`/portal/tickets/${ticket.number}`);
  return appUrl(`/t/${await trackingTokenForMail(tx, ticket, now)}`);
}

type StaffReply = { visibility: 'public' | 'internal'; body: string; createdAt: Date };

/**
 * A staff member answered on a ticket: the requester gets the reply by mail and, with an account,
 * in their notifications. An internal note tells the requester nothing; toPublicMessage would
 * refuse it anyway.
 */
export async function notifyStaffReply(tx: Transaction, actor: UserActor, ticketId: string, message: StaffReply): Promise<void> {
  const what = message.visibility === 'public' ? 'replied on' : 'added an internal note on';
  await notifyFollowers(tx, actor, ticketId, { kind: 'ticket_replied', title: `${actor.name} ${what}`, actorName: actor.name }, { now: message.createdAt });
  if (message.visibility !== 'public') return;
  const ticket = await ticketFacts(tx, ticketId);
  if (ticket.requesterId === actor.id) return;
  const now = message.createdAt;
  if (await wantsMail(tx, ticket.requesterId, 'staff_reply')) {
    const reply = toPublicMessage({ visibility: message.visibility, authorName: actor.name, body: message.body, createdAt: message.createdAt });
    await queueMail(
      tx,
      {
        kind: 'staff_reply',
        to: { email: ticket.requesterEmail, userId: ticket.requesterId },
        ticket,
        props: { requesterName: ticket.requesterName, number: ticket.number, subject: ticket.subject, reply, ticketUrl: await requesterTicketUrl(tx, ticket, now), canReplyByEmail: mailSettings().repliesByMail },
      },
      now,
    );
  }
  if (ticket.requesterId) {
    await writeNotifications(
      tx,
      [ticket.requesterId],
      { kind: 'ticket_replied', title: `Support replied on ${ticket.number}: ${ticket.subject}`, href: `/portal/tickets/${ticket.number}`, ticketId, actorName: actor.name },
      now,
    );
  }
}

/**
 * Staff resolved the ticket: the requester is told, with one-click rating links. When the
 * requester resolved it themselves nothing is sent: they already know, and the page they are on
 * offers the rating.
 */
export async function notifyTicketResolved(tx: Transaction, actor: UserActor, ticketId: string, now = new Date()): Promise<void> {
  const ticket = await ticketFacts(tx, ticketId);
  if (ticket.requesterId === actor.id) return;
  if (await wantsMail(tx, ticket.requesterId, 'ticket_resolved')) {
    await queueMail(
      tx,
      {
        kind: 'ticket_resolved',
        to: { email: ticket.requesterEmail, userId: ticket.requesterId },
        ticket,
        props: { requesterName: ticket.requesterName, number: ticket.number, subject: ticket.subject, ticketUrl: await requesterTicketUrl(tx, ticket, now) },
      },
      now,
    );
  }
  if (ticket.requesterId) {
    await writeNotifications(
      tx,
      [ticket.requesterId],
      { kind: 'ticket_status_changed', title: `${ticket.number} is resolved: ${ticket.subject}`, href: `/portal/tickets/${ticket.number}`, ticketId, actorName: actor.name },
      now,
    );
  }
}
