import 'server-only';
import { and, asc, eq } from 'drizzle-orm';
import { getDb } from '@/db/client';
import { categories, type TicketPriority, type TicketStatus, ticketMessages, tickets } from '@/db/schema';
import { type Actor, isActiveStaff } from '@/lib/access/actor';
import { can } from '@/lib/access/permissions';
import { type AttachmentView, attachmentsOf } from '@/lib/files/read';
import { notFound } from '@/lib/errors';
import { tagNamesOf } from '@/lib/tags/ticket-tags';
import { ticketNumberSchema } from './schemas';
import { assignedTo, assignees, inCategory, ticketDetailColumns } from './ticket-columns';

export type TicketMessageView = {
  id: string;
  visibility: 'public' | 'internal';
  authorKind: 'requester' | 'staff';
  authorName: string;
  body: string;
  createdAt: Date;
  attachments: AttachmentView[];
};

export type TicketView = {
  id: string;
  number: string;
  subject: string;
  description: string;
  status: TicketStatus;
  priority: TicketPriority;
  category: string;
  channel: string;
  externalRef: string | null;
  requester: { name: string; email: string; phone: string | null; hasAccount: boolean };
  assignee: string | null;
  createdAt: Date;
  lastActivityAt: Date;
  /** The files of the opening description. */
  attachments: AttachmentView[];
  messages: TicketMessageView[];
  /** The ticket's tags, A to Z; staff only, null for anyone else. */
  tags: string[] | null;
};

/** What the desk reads with the ticket, so its workspace needs no second look at the row. */
export type TicketStaffFields = {
  assigneeId: string | null;
  categorySlug: string;
  archivedAt: Date | null;
  firstResponseAt: Date | null;
  requesterId: string | null;
};

/**
 * A ticket as the actor may see it. Staff see every message; the requester sees public ones only,
 * filtered in the query, no assignee, and public activity as the last activity. Anyone else is told it does not exist, so numbers cannot be probed.
 */
export async function getTicket(actor: Actor, input: { number: string }): Promise<TicketView> {
  return (await readTicket(actor, input)).view;
}

/** The ticket as `getTicket` shows it, and the row fields the desk needs besides. */
export async function readTicket(actor: Actor, input: { number: string }): Promise<{ view: TicketView; staff: TicketStaffFields }> {
  const parsed = ticketNumberSchema.safeParse(input.number);
  if (!parsed.success) throw notFound('No such ticket.');
  const db = await getDb();
  const [row] = await db
    .select({
      ...ticketDetailColumns,
      channel: tickets.channel,
      requesterPhone: tickets.requesterPhone,
      assignee: assignees.name,
      lastActivityAt: tickets.lastActivityAt,
      lastPublicActivityAt: tickets.lastPublicActivityAt,
      assigneeId: tickets.assigneeId,
      categorySlug: categories.slug,
      archivedAt: tickets.archivedAt,
      firstResponseAt: tickets.firstResponseAt,
    })
    .from(tickets)
    .innerJoin(categories, inCategory)
    .leftJoin(assignees, assignedTo)
    .where(eq(tickets.number, parsed.data))
    .limit(1);
  if (!row || !can(actor, 'ticket:read', row)) throw notFound('No such ticket.');

  const staff = isActiveStaff(actor);
  const messages = await db
    .select({
      id: ticketMessages.id,
      visibility: ticketMessages.visibility,
      authorKind: ticketMessages.authorKind,
      authorName: ticketMessages.authorName,
      body: ticketMessages.body,
      createdAt: ticketMessages.createdAt,
    })
    .from(ticketMessages)
    .where(
      staff
        ? eq(ticketMessages.ticketId, row.id)
        : and(eq(ticketMessages.ticketId, row.id), eq(ticketMessages.visibility, 'public')),
    )
    .orderBy(asc(ticketMessages.createdAt), asc(ticketMessages.id));
  // Only the messages just read: a requester's list never names a note, so never its files.
  const files = await attachmentsOf(db, row.id, messages.map((message) => message.id));
  const tags = staff ? await tagNamesOf(db, row.id) : null;

  const view: TicketView = {
    id: row.id,
    number: row.number,
    subject: row.subject,
    description: row.description,
    status: row.status,
    priority: row.priority,
    category: row.category,
    channel: row.channel,
    externalRef: row.externalRef,
    requester: {
      name: row.requesterName,
      email: row.requesterEmail,
      phone: staff ? row.requesterPhone : null,
      hasAccount: row.requesterId !== null,
    },
    // Who works the ticket and its internal activity are the team's business, as in the portal.
    assignee: staff ? row.assignee : null,
    createdAt: row.createdAt,
    lastActivityAt: staff ? row.lastActivityAt : row.lastPublicActivityAt,
    attachments: files.get('opening') ?? [],
    messages: messages.map((message) => ({ ...message, attachments: files.get(message.id) ?? [] })),
    tags,
  };
  const { assigneeId, categorySlug, archivedAt, firstResponseAt, requesterId } = row;
  return { view, staff: { assigneeId, categorySlug, archivedAt, firstResponseAt, requesterId } };
}
