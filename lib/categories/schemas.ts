import { z } from 'zod';
import { requiredText } from '@/lib/validation';

export const CATEGORY_LIMITS = { name: 80, slug: 80 } as const;

const id = z.uuid({ error: 'Unknown category.' });

/** The category form: a name, and an address (slug) that is made from the name when left empty. */
export const categorySchema = z.object({
  name: requiredText('a name', CATEGORY_LIMITS.name, 2),
  slug: z
    .string()
    .trim()
    .toLowerCase()
    .max(CATEGORY_LIMITS.slug, { error: `Keep it to ${CATEGORY_LIMITS.slug} characters or fewer.` })
    .regex(/^([a-z0-9]+(-[a-z0-9]+)*)?$/, { error: 'Use lower-case letters, digits and single hyphens, like “order-delivery”.' })
    .optional()
    .transform((value) => (value ? value : undefined)),
});
export type CategoryInput = z.input<typeof categorySchema>;

export const categoryUpdateSchema = categorySchema.extend({ id });

export const categoryMoveSchema = z.object({ id, direction: z.enum(['up', 'down'], { error: 'Move up or down.' }) });

export const categoryActiveSchema = z.object({
  id,
  active: z.union([z.boolean(), z.enum(['true', 'false']).transform((value) => value === 'true')]),
});
