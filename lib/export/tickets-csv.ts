import 'server-only';
import { getDb } from '@/db/client';
import type { Actor } from '@/lib/access/actor';
import { assertCan } from '@/lib/access/permissions';
import { AppError } from '@/lib/errors';
import { csvLine } from './csv';
import { EXPORT_BATCH_SIZE, parseExportQuery } from './export-query';
import { exportBatches, type ExportRow } from './ticket-batches';

export const exportHeader = [
  'number',
  'created',
  'updated',
  'requester name',
  'requester email',
  'category',
  'priority',
  'status',
  'assignee',
  'first response at',
  'resolved at',
  'first response time (minutes)',
  'resolution time (minutes)',
  'rating',
  'archived',
  'tags',
] as const;

const minutesBetween = (from: Date, to: Date | null) => (to ? Math.round((to.getTime() - from.getTime()) / 60_000) : null);
const iso = (date: Date | null) => date?.toISOString() ?? null;

function exportLine(row: ExportRow): string {
  return csvLine([
    row.number,
    iso(row.createdAt),
    iso(row.updatedAt),
    row.requesterName,
    row.requesterEmail,
    row.category,
    row.priority,
    row.status,
    row.assignee,
    iso(row.firstResponseAt),
    iso(row.resolvedAt),
    minutesBetween(row.createdAt, row.firstResponseAt),
    minutesBetween(row.createdAt, row.resolvedAt),
    row.rating,
    row.archived ? 'yes' : 'no',
    row.tags.join('; '),
  ]);
}

/**
 * The CSV of every ticket the admin list shows for these parameters (all pages, not one), as
 * lines: the header, then each row. Refusals are thrown here, before the first line, so a route
 * can answer them with a status instead of a broken download.
 */
export function exportTicketsCsv(
  actor: Actor,
  params: URLSearchParams | Record<string, string | string[] | undefined>,
  options: { batchSize?: number } = {},
): AsyncGenerator<string> {
  assertCan(actor, 'ticket:export');
  if (actor.kind !== 'user') throw new AppError('unauthorized', 'Please sign in to continue.');
  const query = parseExportQuery(params);
  const batchSize = options.batchSize ?? EXPORT_BATCH_SIZE;
  return (async function* lines() {
    yield csvLine(exportHeader);
    const db = await getDb();
    for await (const batch of exportBatches(db, actor, query, batchSize)) {
      for (const row of batch) yield exportLine(row);
    }
  })();
}
