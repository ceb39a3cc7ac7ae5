import { z } from 'zod';
import { ticketPriorities, ticketStatuses } from '@/lib/vocabulary';
import type { QueueRow } from '@/lib/tickets/queue';
import type { MyTicketRow } from '@/lib/tickets/requester';
import { isoDateTime } from '../openapi/common';

export const ticketSummaryResource = z
  .object({
    number: z.string().meta({ example: 'HD-20261203-0042' }),
    subject: z.string().meta({ example: 'Parcel arrived damaged' }),
    status: z.enum(ticketStatuses),
    priority: z.enum(ticketPriorities),
    category: z.string().meta({ description: 'The category name.', example: 'Order & delivery' }),
    assignee: z.string().nullable().meta({ description: 'Staff only; null for customers.', example: 'Daniel Okafor' }),
    lastActivityAt: isoDateTime.meta({ description: 'For customers, the last public activity.' }),
  })
  .meta({ id: 'TicketSummary' });

export type TicketSummaryResource = z.output<typeof ticketSummaryResource>;

export function fromQueueRow(row: QueueRow): TicketSummaryResource {
  const { number, subject, status, priority, category, assignee } = row;
  return { number, subject, status, priority, category, assignee, lastActivityAt: row.lastActivityAt.toISOString() };
}

export function fromMyTicketRow(row: MyTicketRow): TicketSummaryResource {
  const { number, subject, status, priority, category } = row;
  return { number, subject, status, priority, category, assignee: null, lastActivityAt: row.lastActivityAt.toISOString() };
}
