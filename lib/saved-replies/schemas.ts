import { z } from 'zod';
import { MESSAGE_MAX, ticketNumberSchema } from '@/lib/tickets/schemas';
import { requiredText } from '@/lib/validation';

/** A saved reply is inserted as a message, so its body may be as long as one. */
export const SAVED_REPLY_LIMITS = { title: 120, body: MESSAGE_MAX, search: 200 } as const;

const id = z.uuid({ error: 'Unknown saved reply.' });

/** Checkbox values as forms send them, or a boolean from the API. */
const flag = z
  .union([z.boolean(), z.enum(['true', 'false', 'on', '']).transform((value) => value === 'true' || value === 'on')])
  .optional()
  .transform((value) => value ?? false);

/** The saved reply form. `shared` is chosen once, when the reply is created. */
export const savedReplySchema = z.object({
  title: requiredText('a title', SAVED_REPLY_LIMITS.title),
  body: requiredText('the text of the reply', SAVED_REPLY_LIMITS.body),
  shared: flag,
});
export type SavedReplyInput = z.input<typeof savedReplySchema>;

export const savedReplyUpdateSchema = savedReplySchema.omit({ shared: true }).extend({ id });

export const savedReplyIdSchema = z.object({ id });

/** The list's search: words found in a title or a body, ignoring case. */
export const savedReplyListSchema = z.object({
  q: z
    .string()
    .trim()
    .max(SAVED_REPLY_LIMITS.search, { error: `Keep the search to ${SAVED_REPLY_LIMITS.search} characters or fewer.` })
    .optional()
    .transform((value) => (value ? value : undefined)),
});

export const savedReplyRenderSchema = z.object({ id, ticket: ticketNumberSchema });
