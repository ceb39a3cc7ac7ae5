import { z } from 'zod';
import { requiredText } from '@/lib/validation';

export const FAQ_LIMITS = { question: 200, answer: 20_000, slug: 120 } as const;

const id = z.uuid({ error: 'Unknown article.' });

/** The article form, shared by the browser form and the server actions. */
export const faqArticleSchema = z.object({
  question: requiredText('the question', FAQ_LIMITS.question, 5),
  answer: requiredText('the answer', FAQ_LIMITS.answer),
  categoryId: z.uuid({ error: 'Choose a category.' }),
  visibility: z.enum(['draft', 'published'], { error: 'Choose draft or published.' }),
});
export type FaqArticleInput = z.input<typeof faqArticleSchema>;

export const faqUpdateSchema = faqArticleSchema.extend({ id });

export const faqIdSchema = z.object({ id });

export const faqPublishSchema = z.object({
  id,
  published: z.union([z.boolean(), z.enum(['true', 'false']).transform((value) => value === 'true')]),
});

export const faqMoveSchema = z.object({
  id,
  direction: z.enum(['up', 'down'], { error: 'Move up or down.' }),
});
