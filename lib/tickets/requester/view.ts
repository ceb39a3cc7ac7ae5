import 'server-only';
import { and, asc, eq, inArray, isNotNull, sql } from 'drizzle-orm';
import { alias } from 'drizzle-orm/pg-core';
import { getDb } from '@/db/client';
import {
  categories,
  feedback,
  type TicketPriority,
  type TicketStatus,
  ticketEvents,
  ticketMessages,
  tickets,
} from '@/db/schema';
import type { Actor } from '@/lib/access/actor';
import { assertCan } from '@/lib/access/permissions';
import { type AttachmentView, attachmentsOf } from '@/lib/files/read';
import { publicEventKinds } from './public-activity';
import { findRequesterTicketId, type RequesterAccess } from './access';
import { isOpenStatus } from '../status-machine';
import { sameEmail } from '../tracking/link';
import { inCategory, ticketDetailColumns } from '../ticket-columns';
import { withTrackingLimit } from '../tracking/limit';

export type RequesterMessage = {
  id: string;
  from: 'requester' | 'support';
  authorName: string;
  body: string;
  createdAt: Date;
  attachments: AttachmentView[];
};

export type TimelineEntry = {
  id: string;
  kind: (typeof publicEventKinds)[number];
  actorName: string;
  from: string | null;
  to: string | null;
  createdAt: Date;
};

export type RelatedTicket = { number: string; subject: string; status: TicketStatus };

/** A ticket as its requester sees it: public messages and public events only, chosen in the queries. */
export type RequesterTicketView = {
  number: string;
  subject: string;
  description: string;
  status: TicketStatus;
  priority: TicketPriority;
  category: string;
  externalRef: string | null;
  requesterName: string;
  createdAt: Date;
  lastActivityAt: Date;
  /** The files of the opening description. */
  attachments: AttachmentView[];
  messages: RequesterMessage[];
  timeline: TimelineEntry[];
  feedback: { rating: number; comment: string | null; createdAt: Date } | null;
  parent: RelatedTicket | null;
  followUps: RelatedTicket[];
  can: { reply: boolean; resolve: boolean; rate: boolean; followUp: boolean; attach: boolean };
  /** Set when this ticket was merged into another; `yours` when the requester may open that one too. */
  mergedInto: { number: string; yours: boolean } | null;
};

const parents = alias(tickets, 'parents');

// Events written in one transaction share its timestamp; this keeps them in the order they happen.
export const requesterEventOrder = sql<number>`case ${ticketEvents.kind} when 'created' then 0 when 'linked' then 1 when 'feedback_given' then 2 else 3 end`;

/**
 * Reads a ticket for its requester: the signed-in customer who owns it, or whoever holds its
 * tracking link. `viewer` is who is signed in while using a link; it decides whether the
 * ticket can be added to their account. Everyone else is told the ticket does not exist.
 */
export async function getRequesterTicket(access: RequesterAccess, options: { viewer?: Actor } = {}): Promise<RequesterTicketView> {
  if ('actor' in access) assertCan(access.actor, 'portal:use');
  const db = await getDb();
  const id = await withTrackingLimit(access, () => findRequesterTicketId(db, access));

  const [row] = await db
    .select({
      ...ticketDetailColumns,
      archivedAt: tickets.archivedAt,
      lastActivityAt: tickets.lastPublicActivityAt,
      parentNumber: parents.number,
      parentSubject: parents.subject,
      parentStatus: parents.status,
      parentRequesterId: parents.requesterId,
      mergedIntoId: tickets.mergedIntoId,
    })
    .from(tickets)
    .innerJoin(categories, inCategory)
    .leftJoin(parents, eq(parents.id, tickets.parentTicketId))
    .where(eq(tickets.id, id))
    .limit(1);
  if (!row) throw new Error('ticket vanished while being read');

  const [messages, timeline, rating, followUps] = await Promise.all([
    db
      .select({
        id: ticketMessages.id,
        authorKind: ticketMessages.authorKind,
        authorName: ticketMessages.authorName,
        body: ticketMessages.body,
        createdAt: ticketMessages.createdAt,
      })
      .from(ticketMessages)
      .where(and(eq(ticketMessages.ticketId, id), eq(ticketMessages.visibility, 'public')))
      .orderBy(asc(ticketMessages.createdAt), asc(ticketMessages.id)),
    db
      .select({
        id: ticketEvents.id,
        kind: ticketEvents.kind,
        actorName: ticketEvents.actorName,
        from: ticketEvents.fromValue,
        to: ticketEvents.toValue,
        createdAt: ticketEvents.createdAt,
      })
      .from(ticketEvents)
      .where(and(eq(ticketEvents.ticketId, id), inArray(ticketEvents.kind, [...publicEventKinds])))
      .orderBy(asc(ticketEvents.createdAt), requesterEventOrder, asc(ticketEvents.id)),
    db
      .select({ rating: feedback.rating, comment: feedback.comment, createdAt: feedback.createdAt })
      .from(feedback)
      .where(eq(feedback.ticketId, id))
      .limit(1),
    // Only follow-ups by the same account: a ticket moved to someone else is not theirs to see.
    row.requesterId
      ? db
          .select({ number: tickets.number, subject: tickets.subject, status: tickets.status })
          .from(tickets)
          .where(and(eq(tickets.parentTicketId, id), eq(tickets.requesterId, row.requesterId), isNotNull(tickets.requesterId)))
          .orderBy(asc(tickets.createdAt))
      : Promise.resolve([]),
  ]);

  const [survivor] = row.mergedIntoId
    ? await db.select({ number: tickets.number, requesterId: tickets.requesterId }).from(tickets).where(eq(tickets.id, row.mergedIntoId)).limit(1)
    : [];
  // Public messages only, as read above: a note's files are never looked up for the requester.
  const files = await attachmentsOf(db, id, messages.map((message) => message.id));
  const live = row.archivedAt === null;
  const viewer = options.viewer;
  const sameOwner = row.requesterId !== null && row.parentRequesterId === row.requesterId;
  return {
    number: row.number,
    subject: row.subject,
    description: row.description,
    status: row.status,
    priority: row.priority,
    category: row.category,
    externalRef: row.externalRef,
    requesterName: row.requesterName,
    createdAt: row.createdAt,
    lastActivityAt: row.lastActivityAt,
    attachments: files.get('opening') ?? [],
    messages: messages.map(({ authorKind, ...message }) => ({
      ...message,
      from: authorKind === 'staff' ? 'support' : 'requester',
      attachments: files.get(message.id) ?? [],
    })),
    timeline: timeline.map((entry) => ({ ...entry, kind: entry.kind as TimelineEntry['kind'] })),
    feedback: rating[0] ?? null,
    parent:
      sameOwner && row.parentNumber && row.parentSubject && row.parentStatus
        ? { number: row.parentNumber, subject: row.parentSubject, status: row.parentStatus }
        : null,
    followUps,
    can: {
      reply: live && row.status !== 'closed',
      resolve: live && isOpenStatus(row.status),
      rate: (row.status === 'resolved' || row.status === 'closed') && rating.length === 0,
      followUp: 'actor' in access && row.status === 'closed',
      attach:
        'token' in access &&
        viewer?.kind === 'user' &&
        viewer.role === 'customer' &&
        row.requesterId === null &&
        sameEmail(row.requesterEmail, viewer.email),
    },
    mergedInto: survivor ? { number: survivor.number, yours: survivor.requesterId !== null && survivor.requesterId === row.requesterId } : null,
  };
}
