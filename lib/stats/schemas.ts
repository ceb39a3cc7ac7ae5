import { z } from 'zod';

export const STAT_RANGES = [7, 30, 90] as const;
export type StatRange = (typeof STAT_RANGES)[number];

/** The range in the statistics page's URL; anything else falls back to 30 days. */
export const statRangeSchema = z.object({
  days: z
    .union([z.number(), z.string()])
    .optional()
    .transform((value): StatRange => {
      const days = Number(value);
      return (STAT_RANGES as readonly number[]).includes(days) ? (days as StatRange) : 30;
    }),
});
