import { z } from 'zod';
import { ticketPriorities, ticketStatuses } from '@/lib/vocabulary';
import type { TicketView } from '@/lib/tickets/read-ticket';
import { isoDateTime } from '../openapi/common';
import { attachmentResource, toAttachmentResource } from './attachment';
import { messageResource, toMessageResource } from './message';

export const ticketNumberParam = z.string().meta({ description: 'The ticket number.', example: 'HD-20261203-0042' });

export const ticketResource = z
  .object({
    number: z.string().meta({ example: 'HD-20261203-0042' }),
    subject: z.string().meta({ example: 'Parcel arrived damaged' }),
    description: z.string().meta({ example: 'The box was crushed and the mug inside is broken.' }),
    status: z.enum(ticketStatuses),
    priority: z.enum(ticketPriorities),
    category: z.string().meta({ description: 'The category name.', example: 'Order & delivery' }),
    channel: z.string().meta({ description: 'How the ticket arrived: `web_form`, `portal`, `email` or `api`.', example: 'api' }),
    externalRef: z.string().nullable().meta({ description: 'The requester’s own reference (an order number).', example: 'A-58213' }),
    requester: z.object({
      name: z.string().meta({ example: 'Emma Whitfield' }),
      email: z.string().meta({ example: 'customer@deskline.test' }),
      phone: z.string().nullable().meta({ description: 'Staff only; null for customers.', example: '+44 20 7946 0958' }),
      hasAccount: z.boolean(),
    }),
    assignee: z.string().nullable().meta({ description: 'Who works the ticket (staff only; null for customers).', example: 'Daniel Okafor' }),
    createdAt: isoDateTime,
    lastActivityAt: isoDateTime,
    attachments: z.array(attachmentResource).meta({ description: 'The files sent with the description.' }),
    messages: z.array(messageResource),
    tags: z.array(z.string()).nullable().meta({ description: 'The ticket’s tags, A to Z (staff only; null for customers).', example: ['damaged', 'vip'] }),
  })
  .meta({ id: 'Ticket' });

export type TicketResource = z.output<typeof ticketResource>;

export function toTicketResource(view: TicketView): TicketResource {
  return {
    number: view.number,
    subject: view.subject,
    description: view.description,
    status: view.status,
    priority: view.priority,
    category: view.category,
    channel: view.channel,
    externalRef: view.externalRef,
    requester: view.requester,
    assignee: view.assignee,
    createdAt: view.createdAt.toISOString(),
    lastActivityAt: view.lastActivityAt.toISOString(),
    attachments: view.attachments.map(toAttachmentResource),
    messages: view.messages.map(toMessageResource),
    tags: view.tags,
  };
}
