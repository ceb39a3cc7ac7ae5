import { z } from 'zod';
import { attachmentHref, type AttachmentView } from '@/lib/files/read';

export const attachmentResource = z
  .object({
    id: z.uuid(),
    name: z.string().meta({ description: 'The file name as uploaded; for display only.' }),
    contentType: z.string().meta({ description: 'Detected from the content, not the uploader’s claim.' }),
    size: z.number().int().meta({ description: 'In bytes.' }),
    state: z.enum(['ready', 'checking', 'blocked', 'unchecked']).meta({ description: '`checking` while the virus scan runs; `blocked` when the scan removed it; `unchecked` when the scan never answered and the file stays hidden. Only `ready` files download.' }),
    url: z.string().meta({ description: 'Where to download it (same origin, with the same sign-in): a path on this server.' }),
  })
  .meta({
    id: 'Attachment',
    example: { id: '6c1f0a52-3e7b-4d8e-9f60-2b1d5c9e8a31', name: 'receipt.pdf', contentType: 'application/pdf', size: 48213, state: 'ready', url: '/files/6c1f0a52-3e7b-4d8e-9f60-2b1d5c9e8a31/receipt.pdf' },
  });

export type AttachmentResource = z.output<typeof attachmentResource>;

export function toAttachmentResource(file: AttachmentView): AttachmentResource {
  return { id: file.id, name: file.fileName, contentType: file.contentType, size: file.sizeBytes, state: file.state, url: attachmentHref(file) };
}
