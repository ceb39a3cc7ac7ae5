import { and, arrayContains, eq } from 'drizzle-orm';
import type { Executor } from '@/db/client';
import { type WebhookEventType, webhookDeliveries, webhookEndpoints } from '@/db/schema';
import { notifyChannel } from '@/lib/mail/wake';
import type { TicketChange } from '@/lib/tickets/events';
import { buildWebhookPayload } from './payload';

export const WEBHOOK_CHANNEL = 'deskline_webhooks';
/** How long a delivery is retried before it is marked failed. */
export const WEBHOOK_RETRY_WINDOW_MS = 24 * 60 * 60 * 1000;

/**
 * The webhook event a ticket change is, if any. Not sent: `tracking_link_issued` (the private
 * link is the requester's secret and means nothing to a receiver), `attached_to_account` (who
 * owns the ticket inside Deskline; the requester's name and address do not change) and `linked`
 * (the follow-up arrives as its own ticket.created).
 */
function eventTypeOf(change: TicketChange): WebhookEventType | null {
  switch (change.kind) {
    case 'created':
      return 'ticket.created';
    case 'replied':
    case 'note_added':
      return change.messageId ? 'message.created' : null;
    case 'feedback_given':
      return 'rating.created';
    case 'status_changed':
    case 'priority_changed':
    case 'category_changed':
    case 'assigned':
    case 'unassigned':
    case 'archived':
    case 'restored':
    case 'deleted':
    case 'tagged':
    case 'untagged':
    case 'merged':
    case 'merged_into':
    case 'auto_closed':
      return 'ticket.updated';
    case 'tracking_link_issued':
    case 'attached_to_account':
    case 'linked':
    case 'sla_breached':
    case 'followed':
    case 'unfollowed':
    case 'cc_changed':
      return null;
  }
}

/**
 * Queues one delivery of this change per active endpoint subscribed to its event, inside the
 * change's transaction: a rolled-back change sends nothing, a committed one is never lost.
 * Internal notes go only to endpoints that include them. Without endpoints (most installs)
 * this is one query on a tiny table.
 */
export async function queueTicketWebhooks(tx: Executor, change: TicketChange): Promise<void> {
  const type = eventTypeOf(change);
  if (!type) return;
  const internal = change.visibility === 'internal';
  const endpoints = await tx
    .select({ id: webhookEndpoints.id })
    .from(webhookEndpoints)
    .where(
      and(
        eq(webhookEndpoints.active, true),
        arrayContains(webhookEndpoints.events, [type]),
        internal ? eq(webhookEndpoints.includeInternal, true) : undefined,
      ),
    );
  if (endpoints.length === 0) return;
  const payload = await buildWebhookPayload(tx, type, change);
  if (!payload) return;
  const eventId = `msg_${change.eventId.replaceAll('-', '')}`;
  const giveUpAt = new Date(change.at.getTime() + WEBHOOK_RETRY_WINDOW_MS);
  await tx.insert(webhookDeliveries).values(
    endpoints.map((endpoint) => ({ endpointId: endpoint.id, eventId, eventType: type, ticketId: change.ticketId, payload, nextAttemptAt: change.at, giveUpAt })),
  );
  await notifyChannel(tx, WEBHOOK_CHANNEL);
}
