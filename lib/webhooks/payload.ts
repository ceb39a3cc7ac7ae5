import { eq } from 'drizzle-orm';
import type { Executor } from '@/db/client';
import { categories, feedback, ticketMessages, tickets, users, type WebhookEventType } from '@/db/schema';
import type { TicketChange } from '@/lib/tickets/events';

/** What a receiver gets: `{ type, timestamp, data }`, camelCase, times in ISO 8601 UTC. */
export type WebhookPayload = { type: WebhookEventType; timestamp: string; data: Record<string, unknown> };

type Change = { from: string | boolean | null; to: string | boolean | null };

const iso = (value: Date | null) => (value ? value.toISOString() : null);

/** The ticket as it is at this point of the transaction. */
async function ticketData(tx: Executor, ticketId: string) {
  const [row] = await tx
    .select({
      id: tickets.id,
      number: tickets.number,
      subject: tickets.subject,
      status: tickets.status,
      priority: tickets.priority,
      channel: tickets.channel,
      categorySlug: categories.slug,
      categoryName: categories.name,
      assigneeId: users.id,
      assigneeName: users.name,
      requesterName: tickets.requesterName,
      requesterEmail: tickets.requesterEmail,
      archivedAt: tickets.archivedAt,
      createdAt: tickets.createdAt,
      updatedAt: tickets.updatedAt,
      resolvedAt: tickets.resolvedAt,
      closedAt: tickets.closedAt,
    })
    .from(tickets)
    .innerJoin(categories, eq(categories.id, tickets.categoryId))
    .leftJoin(users, eq(users.id, tickets.assigneeId))
    .where(eq(tickets.id, ticketId))
    .limit(1);
  if (!row) return null;
  return {
    id: row.id,
    number: row.number,
    subject: row.subject,
    status: row.status,
    priority: row.priority,
    channel: row.channel,
    category: { slug: row.categorySlug, name: row.categoryName },
    assignee: row.assigneeId ? { id: row.assigneeId, name: row.assigneeName } : null,
    requester: { name: row.requesterName, email: row.requesterEmail },
    archived: row.archivedAt !== null,
    createdAt: iso(row.createdAt),
    updatedAt: iso(row.updatedAt),
    resolvedAt: iso(row.resolvedAt),
    closedAt: iso(row.closedAt),
  };
}

/** What a `ticket.updated` event changed, named as the ticket's fields are. */
function changesOf(change: TicketChange): Record<string, Change> {
  const fromTo = { from: change.from, to: change.to };
  switch (change.kind) {
    case 'status_changed':
    case 'auto_closed':
      return { status: fromTo };
    case 'priority_changed':
      return { priority: fromTo };
    case 'category_changed':
      return { category: fromTo };
    case 'assigned':
    case 'unassigned':
      return { assignee: fromTo };
    case 'archived':
      return { archived: { from: false, to: true } };
    case 'restored':
      return { archived: { from: true, to: false } };
    case 'deleted':
      return { deleted: { from: false, to: true } };
    default:
      return {};
  }
}

async function messageData(tx: Executor, messageId: string) {
  const [row] = await tx
    .select({
      id: ticketMessages.id,
      visibility: ticketMessages.visibility,
      authorKind: ticketMessages.authorKind,
      authorName: ticketMessages.authorName,
      body: ticketMessages.body,
      source: ticketMessages.source,
      createdAt: ticketMessages.createdAt,
    })
    .from(ticketMessages)
    .where(eq(ticketMessages.id, messageId))
    .limit(1);
  if (!row) return null;
  return {
    id: row.id,
    visibility: row.visibility,
    author: { kind: row.authorKind, name: row.authorName },
    body: row.body,
    source: row.source,
    createdAt: iso(row.createdAt),
  };
}

async function ratingData(tx: Executor, ticketId: string) {
  const [row] = await tx
    .select({ rating: feedback.rating, comment: feedback.comment, createdAt: feedback.createdAt })
    .from(feedback)
    .where(eq(feedback.ticketId, ticketId))
    .limit(1);
  return row ? { rating: row.rating, comment: row.comment, createdAt: iso(row.createdAt) } : null;
}

/** The payload of one event, read inside the transaction of the change; null when the ticket is gone. */
export async function buildWebhookPayload(tx: Executor, type: WebhookEventType, change: TicketChange): Promise<WebhookPayload | null> {
  const ticket = await ticketData(tx, change.ticketId);
  if (!ticket) return null;
  const data: Record<string, unknown> = { ticket, actor: { id: change.actorId, name: change.actorName } };
  if (type === 'ticket.updated') data.changes = changesOf(change);
  if (type === 'message.created' && change.messageId) data.message = await messageData(tx, change.messageId);
  if (type === 'rating.created') data.rating = await ratingData(tx, change.ticketId);
  return { type, timestamp: change.at.toISOString(), data };
}
