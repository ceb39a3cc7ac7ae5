import { publicEventKinds } from '@/lib/tickets/requester/public-activity';

/**
 * What travels on the live channel: ids and kinds, never content. A page that hears of a change
 * re-reads it through the usual lib/ reads, with their permission checks.
 */
export type LiveEvent =
  | {
      type: 'ticket';
      ticketId: string;
      number: string;
      kind: string;
      visibility: 'public' | 'internal' | null;
      actorId: string | null;
      requesterId: string | null;
    }
  | { type: 'notification'; userIds: string[] }
  | { type: 'user'; userId: string }
  | { type: 'presence'; ticketId: string; userId: string; name: string; state: 'viewing' | 'replying' | 'left' };

/** Who holds a stream, as decided when it opened. */
export type Audience =
  | { kind: 'staff'; userId: string }
  | { kind: 'customer'; userId: string }
  | { kind: 'tracking'; ticketId: string };

const publicKinds: readonly string[] = publicEventKinds;

/** A change the requester may know of: what happened to their request, never notes or internal moves. */
export function isPublicTicketEvent(event: Extract<LiveEvent, { type: 'ticket' }>): boolean {
  if (event.kind === 'replied') return event.visibility !== 'internal';
  return publicKinds.includes(event.kind);
}

/** Whether this audience may hear of the event at all. */
export function mayReceive(audience: Audience, event: LiveEvent): boolean {
  switch (event.type) {
    case 'ticket':
      if (audience.kind === 'staff') return true;
      if (!isPublicTicketEvent(event)) return false;
      if (audience.kind === 'tracking') return event.ticketId === audience.ticketId;
      return event.requesterId === audience.userId;
    case 'notification':
      return audience.kind !== 'tracking' && event.userIds.includes(audience.userId);
    case 'presence':
      return audience.kind === 'staff' && event.userId !== audience.userId;
    case 'user':
      return false;
  }
}
