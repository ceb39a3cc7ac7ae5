import type { Executor } from '@/db/client';
import { ticketEvents } from '@/db/schema';
import { actorLabel } from '@/lib/audit/record';
import type { Actor } from '@/lib/access/actor';
import { queueTicketWebhooks } from '@/lib/webhooks/enqueue';
import { publishTicketChange } from '@/lib/live/publish';

export type TicketEventKind = (typeof ticketEvents.$inferInsert)['kind'];

/**
 * One change to a ticket, as written to its trail. Listeners that must act on every change
 * (webhooks, live updates) take it inside the same transaction, so a rolled-back change
 * reaches none of them.
 */
export type TicketChange = {
  eventId: string;
  ticketId: string;
  number: string;
  kind: TicketEventKind;
  from: string | null;
  to: string | null;
  actorId: string | null;
  actorName: string;
  /** The message a `replied` or `note_added` event is about. */
  messageId?: string;
  visibility?: 'public' | 'internal';
  at: Date;
};

/** Appends one event to a ticket's trail; call it inside the transaction that makes the change. */
export async function recordTicketEvent(
  tx: Executor,
  actor: Actor,
  ticket: { id: string; number: string },
  event: {
    kind: TicketEventKind;
    from?: string | null;
    to?: string | null;
    actorName?: string;
    message?: { id: string; visibility: 'public' | 'internal' };
  },
): Promise<TicketChange> {
  const label = actorLabel(actor);
  const [row] = await tx
    .insert(ticketEvents)
    .values({
      ticketId: ticket.id,
      ticketNumber: ticket.number,
      actorId: label.actorId,
      actorName: event.actorName ?? label.actorName,
      kind: event.kind,
      fromValue: event.from ?? null,
      toValue: event.to ?? null,
      messageId: event.message?.id ?? null,
    })
    .returning({ id: ticketEvents.id, createdAt: ticketEvents.createdAt });
  if (!row) throw new Error('ticket event insert returned no row');
  const change: TicketChange = {
    eventId: row.id,
    ticketId: ticket.id,
    number: ticket.number,
    kind: event.kind,
    from: event.from ?? null,
    to: event.to ?? null,
    actorId: label.actorId,
    actorName: event.actorName ?? label.actorName,
    messageId: event.message?.id,
    visibility: event.message?.visibility,
    at: row.createdAt,
  };
  await queueTicketWebhooks(tx, change);
  await publishTicketChange(tx, change);
  return change;
}
