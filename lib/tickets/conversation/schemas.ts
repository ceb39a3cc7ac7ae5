import { z } from 'zod';
import { attachmentRefsSchema } from '@/lib/files/attach';
import { pageLimit } from '@/lib/validation';
import { feedbackSchema, staffMessageSchema } from '../schemas';

/** One page of a ticket's messages or events: oldest first, after the cursor. */
export const conversationPageSchema = z.object({
  cursor: z.string().max(400).optional().meta({ description: 'nextCursor of the previous page.' }),
  limit: pageLimit.meta({ description: 'Up to 100; 50 unless given.' }),
});

/**
 * A message over the API: the reply form's body and stale-reply guard, with the reply-or-note
 * choice as a flag and the refs of files uploaded for it. Customers may only reply.
 */
export const apiMessageSchema = staffMessageSchema.pick({ body: true, seenMessageId: true }).extend({
  internal: z.boolean({ error: 'Give true for an internal note, false for a reply.' }).default(false),
  attachments: attachmentRefsSchema.meta({ description: 'Refs from `POST /api/v1/files`; a note’s files are internal like the note.' }),
});

/** The rating form's fields, with the score under the API's name for it. */
export const apiRatingSchema = z.object({ score: feedbackSchema.shape.rating, comment: feedbackSchema.shape.comment });
