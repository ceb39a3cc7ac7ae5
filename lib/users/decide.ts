import { z } from 'zod';
import { moderationSchema } from './schemas';

/** A moderation decision as one body: the action names the move, the rest is the moderation form's. */
export const decisionSchema = moderationSchema.omit({ userId: true }).extend({
  decision: z.enum(['approve', 'reject', 'suspend', 'reinstate'], { error: 'Choose approve, reject, suspend or reinstate.' }),
});
