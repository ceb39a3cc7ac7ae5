import type { Executor } from '@/db/client';
import { ticketEvents } from '@/db/schema';
import { actorLabel } from '@/lib/audit/record';
import type { Actor } from '@/lib/access/actor';

type TicketEventKind = (typeof ticketEvents.$inferInsert)['kind'];

/** Appends one event to a ticket's trail; call it inside the transaction that makes the change. */
export async function recordTicketEvent(
  tx: Executor,
  actor: Actor,
  ticket: { id: string; number: string },
  event: { kind: TicketEventKind; from?: string | null; to?: string | null; actorName?: string },
): Promise<void> {
  const label = actorLabel(actor);
  await tx.insert(ticketEvents).values({
    ticketId: ticket.id,
    ticketNumber: ticket.number,
    actorId: label.actorId,
    actorName: event.actorName ?? label.actorName,
    kind: event.kind,
    fromValue: event.from ?? null,
    toValue: event.to ?? null,
  });
}
