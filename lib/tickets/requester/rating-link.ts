import { z } from 'zod';

const score = z.string().regex(/^[1-5]$/).transform(Number);

/**
 * The score a mail's rating link carries (`?rate=4`), to preselect on the rating form; null for
 * anything else. Only the form's POST saves a rating: a mail scanner following every link rates
 * nothing.
 */
export function ratingFromLink(value: string | string[] | undefined): number | null {
  const parsed = score.safeParse(Array.isArray(value) ? value[0] : value);
  return parsed.success ? parsed.data : null;
}
