import { z } from 'zod';
import { attachmentRefsSchema } from '@/lib/files/attach';
import { AppError, FIELDS_INVALID_MESSAGE } from '@/lib/errors';

const refsInput = z.object({ attachments: attachmentRefsSchema });

/**
 * The files a message claims, as refs from an upload (`POST /api/v1/files` or a form's staged
 * files). Every problem is reported on the one `attachments` field, whichever ref it was.
 */
export function parseAttachmentRefs(value: unknown): string[] {
  const result = refsInput.safeParse({ attachments: value ?? undefined });
  if (result.success) return result.data.attachments;
  const messages = [...new Set(result.error.issues.map((issue) => issue.message))];
  throw new AppError('validation', FIELDS_INVALID_MESSAGE, { fields: { attachments: messages } });
}
