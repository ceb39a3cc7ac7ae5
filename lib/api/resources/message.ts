import { z } from 'zod';
import type { TicketMessageView } from '@/lib/tickets/read-ticket';
import { isoDateTime } from '../openapi/common';
import { attachmentResource, toAttachmentResource } from './attachment';

export const messageResource = z
  .object({
    id: z.uuid(),
    visibility: z.enum(['public', 'internal']).meta({ description: '`internal` for a note of the team: only staff ever receive these.' }),
    internal: z.boolean().meta({ description: 'The same as `visibility` being `internal`.' }),
    authorKind: z.enum(['requester', 'staff']),
    authorName: z.string(),
    body: z.string(),
    createdAt: isoDateTime,
    attachments: z.array(attachmentResource).meta({ description: 'The message’s files.' }),
  })
  .meta({
    id: 'Message',
    example: { id: '0b9f6c1e-6d0e-4a43-9d51-1f2e9f1c7a10', visibility: 'public', internal: false, authorKind: 'staff', authorName: 'Sam Agent', body: 'The courier has it; it arrives tomorrow.', createdAt: '2026-12-03T14:05:00.000Z', attachments: [] },
  });

export type MessageResource = z.output<typeof messageResource>;

export function toMessageResource(message: TicketMessageView): MessageResource {
  return {
    id: message.id,
    visibility: message.visibility,
    internal: message.visibility === 'internal',
    authorKind: message.authorKind,
    authorName: message.authorName,
    body: message.body,
    createdAt: message.createdAt.toISOString(),
    attachments: message.attachments.map(toAttachmentResource),
  };
}
