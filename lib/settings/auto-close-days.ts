import { eq } from 'drizzle-orm';
import { z } from 'zod';
import type { Executor } from '@/db/client';
import { settings } from '@/db/schema';

export const AUTO_CLOSE_KEY = 'auto_close_days';
/** A new desk closes resolved tickets after a week without a customer answer. */
export const DEFAULT_AUTO_CLOSE_DAYS = 7;
export const MAX_AUTO_CLOSE_DAYS = 365;

export const autoCloseDaysSchema = z.coerce
  .number({ error: 'Enter a number of days.' })
  .int({ error: 'Enter a whole number of days.' })
  .min(0, { error: 'Enter 0 (off) or a number of days from 1 to 365.' })
  .max(MAX_AUTO_CLOSE_DAYS, { error: 'Enter 0 (off) or a number of days from 1 to 365.' });

/** A stored value that is not a valid number of days (hand-edited) counts as the default. */
export function autoCloseDaysOf(value: unknown): number {
  const parsed = autoCloseDaysSchema.safeParse(value);
  return parsed.success && typeof value === 'number' ? parsed.data : DEFAULT_AUTO_CLOSE_DAYS;
}

/** Days a resolved ticket waits for the customer before it closes; 0 means never. */
export async function readAutoCloseDays(db: Executor): Promise<number> {
  const [row] = await db.select({ value: settings.value }).from(settings).where(eq(settings.key, AUTO_CLOSE_KEY)).limit(1);
  return row ? autoCloseDaysOf(row.value) : DEFAULT_AUTO_CLOSE_DAYS;
}
