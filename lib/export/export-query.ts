import { z } from 'zod';
import { AppError, FIELDS_INVALID_MESSAGE } from '@/lib/errors';
import { queueQuerySchema, queueViews, readQueueDates } from '@/lib/tickets/queue';

export const EXPORT_BATCH_SIZE = 1000;
/** As many as the bulk form can select at once. */
export const EXPORT_MAX_NUMBERS = 100;

// The queue's own URL parameters, so the export link is the list's address with another path;
// plus 'all' (every ticket, live or archived) and the numbers of a bulk selection.
export const exportQuerySchema = queueQuerySchema.omit({ view: true, cursor: true }).extend({
  view: z.enum([...queueViews, 'all']).catch('open'),
  numbers: z.array(z.string().trim().toUpperCase().max(40)).max(EXPORT_MAX_NUMBERS).catch([]),
});
export type ExportQuery = z.output<typeof exportQuerySchema>;

/**
 * Reads the URL's parameters: the first of each, except the repeated 'numbers'. Date filters
 * that do not hold are refused with their field errors: a download cannot show them beside a list.
 */
export function parseExportQuery(params: URLSearchParams | Record<string, string | string[] | undefined>): ExportQuery {
  const entries = params instanceof URLSearchParams ? [...params.keys()].map((key) => [key, params.getAll(key)] as const) : Object.entries(params);
  const flat: Record<string, unknown> = { view: 'open', sort: 'activity' };
  for (const [key, value] of entries) {
    const list = Array.isArray(value) ? value : value === undefined ? [] : [value];
    flat[key] = key === 'numbers' ? list : list[0];
  }
  const { dates, errors } = readQueueDates(flat);
  if (errors) throw new AppError('validation', FIELDS_INVALID_MESSAGE, { fields: errors });
  return { ...exportQuerySchema.parse(flat), ...dates };
}

/** A dated file name, such as deskline-tickets-2025-06-30.csv. */
export function exportFileName(now = new Date()): string {
  return `deskline-tickets-${now.toISOString().slice(0, 10)}.csv`;
}
