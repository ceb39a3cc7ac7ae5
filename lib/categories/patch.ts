import { z } from 'zod';
import { categorySchema } from './schemas';

/** An edit over the API: the category form's fields and the active switch; those left out keep their value. */
export const categoryPatchSchema = categorySchema.partial().extend({ active: z.boolean({ error: 'Send true or false.' }).optional() });
