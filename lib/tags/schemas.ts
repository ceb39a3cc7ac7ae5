import { z } from 'zod';

export const TAG_LIMITS = { name: 40, perTicket: 20, suggestions: 10 } as const;

/**
 * A tag as people type it: trimmed, inner runs of spaces made one, 1 to 40 characters. Names are
 * unique whatever their case (the database's `tags_name_lower_key`), so "VIP" and "vip" are one tag.
 */
export const tagNameSchema = z
  .string({ error: 'Enter a tag.' })
  .trim()
  .transform((value) => value.replace(/\s+/g, ' '))
  .pipe(
    z
      .string()
      .min(1, { error: 'Enter a tag.' })
      .max(TAG_LIMITS.name, { error: `Keep a tag to ${TAG_LIMITS.name} characters or fewer.` })
      // Control characters would be invisible in a chip and break a CSV cell.
      .regex(/^[^\p{Cc}]+$/u, { error: 'Use letters, digits, spaces and punctuation.' }),
  );

/** Adding a tag to a ticket, or taking one off: the form, the action and the API send `name`. */
export const ticketTagSchema = z.object({ name: tagNameSchema });
export type TicketTagInput = z.input<typeof ticketTagSchema>;

/** The autocomplete's question: the start of a name, possibly empty (then the most used tags). */
export const tagSuggestSchema = z.object({
  prefix: z
    .string()
    .trim()
    .max(TAG_LIMITS.name, { error: `Keep it to ${TAG_LIMITS.name} characters or fewer.` })
    .optional()
    .transform((value) => value ?? ''),
  limit: z.coerce.number({ error: 'Give a number.' }).int({ error: 'Give a whole number.' }).min(1, { error: 'At least 1.' }).max(100, { error: 'At most 100.' }).default(TAG_LIMITS.suggestions),
});

const tagId = z.uuid({ error: 'Unknown tag.' });

/** The admin's rename form. */
export const renameTagSchema = z.object({ id: tagId, name: tagNameSchema });

/** The admin's merge form: every ticket of `sourceId` gets `targetId` instead, and the source goes. */
export const mergeTagsSchema = z
  .object({ sourceId: tagId, targetId: z.uuid({ error: 'Choose the tag to merge into.' }) })
  .refine((value) => value.sourceId !== value.targetId, { error: 'Choose another tag to merge into.', path: ['targetId'] });
