import { z } from 'zod';
import { faqArticleSchema } from './schemas';

/** An edit over the API: any of the article form's fields; those left out keep their value. */
export const faqPatchSchema = faqArticleSchema.partial();
export type FaqPatch = z.output<typeof faqPatchSchema>;
