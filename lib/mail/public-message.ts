import { z } from 'zod';

/**
 * A message as a requester may read it. Templates accept messages only in this shape, whose
 * `visibility` can only be "public": an internal note cannot be handed to a template at all.
 */
export const publicMessageSchema = z.strictObject({
  visibility: z.literal('public'),
  authorName: z.string().trim().min(1).max(120),
  body: z.string().min(1).max(20_000),
  sentAt: z.date(),
});

export type PublicMessage = z.infer<typeof publicMessageSchema>;

type MessageRow = { visibility: 'public' | 'internal'; authorName: string; body: string; createdAt: Date };

/** The public DTO of a stored message; refuses an internal note rather than passing it on. */
export function toPublicMessage(row: MessageRow): PublicMessage {
  if (row.visibility !== 'public') throw new Error('an internal note cannot go out by mail');
  return { visibility: 'public', authorName: row.authorName, body: row.body, sentAt: row.createdAt };
}
