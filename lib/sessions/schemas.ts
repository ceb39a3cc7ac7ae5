import { z } from 'zod';

export const sessionIdSchema = z.object({
  sessionId: z.uuid({ error: 'Unknown session.' }),
});
