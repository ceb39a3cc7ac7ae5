import { z } from 'zod';
import { ticketEventKind } from '@/db/schema/enums';
import type { TimelineEvent } from '@/lib/tickets/workspace/desk-ticket';
import { isoDateTime } from '../openapi/common';

export const ticketEventResource = z
  .object({
    id: z.uuid(),
    kind: z.enum(ticketEventKind.enumValues).meta({
      description: 'What happened. Customers only ever get `created`, `status_changed`, `auto_closed`, `feedback_given` and `linked`.',
    }),
    actorName: z.string().meta({ description: 'Who did it, as shown in the timeline.' }),
    from: z.string().nullable().meta({ description: 'The value before (a status, priority, category or assignee), when the kind has one.' }),
    to: z.string().nullable().meta({ description: 'The value after; for `feedback_given`, the score.' }),
    messageId: z.uuid().nullable().meta({ description: 'The reply or note a `replied` or `note_added` event is about (staff only).' }),
    createdAt: isoDateTime,
  })
  .meta({
    id: 'TicketEvent',
    example: { id: '5c1d9f3a-2b7e-4f60-8a1d-3e4f5a6b7c8d', kind: 'status_changed', actorName: 'Sam Agent', from: 'new', to: 'in_progress', messageId: null, createdAt: '2026-12-03T14:05:00.000Z' },
  });

export type TicketEventResource = z.output<typeof ticketEventResource>;

export function toTicketEventResource(event: TimelineEvent & { messageId: string | null }): TicketEventResource {
  return { id: event.id, kind: event.kind, actorName: event.actorName, from: event.from, to: event.to, messageId: event.messageId, createdAt: event.createdAt.toISOString() };
}
