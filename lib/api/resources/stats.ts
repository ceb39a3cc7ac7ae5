import { z } from 'zod';
import { staffStatuses, ticketPriorities } from '@/db/schema/values';
import type { CurrentStats } from '@/lib/stats/current';
import type { RangeStats } from '@/lib/stats/range';
import { STAT_RANGES } from '@/lib/stats/schemas';
import { openTicketStatuses } from '@/lib/vocabulary';
import { isoDateTime } from '../openapi/common';

const counts = <K extends string>(keys: readonly [K, ...K[]]) => z.record(z.enum(keys), z.int());
const timing = z.object({
  median: z.number().nullable().meta({ description: 'Seconds; null when nothing was measured.' }),
  p90: z.number().nullable(),
  measured: z.int(),
});

export const statsResource = z
  .object({
    current: z.object({
      open: z.int(),
      unassigned: z.int(),
      byStatus: counts(openTicketStatuses),
      byPriority: counts(ticketPriorities),
      byCategory: z.array(z.object({ name: z.string(), active: z.boolean(), count: z.int() })),
      pendingApplications: z.int(),
    }),
    range: z.object({
      days: z.union(STAT_RANGES.map((days) => z.literal(days))),
      from: isoDateTime.meta({ description: 'The first day included, 00:00 UTC.' }),
      until: isoDateTime.meta({ description: 'The day after the last one included, 00:00 UTC.' }),
      daily: z.array(z.object({ day: z.string().meta({ example: '2026-12-03' }), opened: z.int(), resolved: z.int() })),
      opened: z.int(),
      resolved: z.int(),
      firstResponse: timing,
      resolution: timing,
      csat: z.object({ average: z.number().nullable(), count: z.int(), distribution: z.record(z.enum(['1', '2', '3', '4', '5']), z.int()) }),
      agents: z.array(
        z.object({
          id: z.uuid(),
          name: z.string(),
          role: z.enum(['agent', 'admin']),
          staffStatus: z.enum(staffStatuses).nullable(),
          openLoad: z.int(),
          resolved: z.int(),
          ratingAverage: z.number().nullable(),
          ratingCount: z.int(),
        }),
      ),
    }),
  })
  .meta({
    id: 'Stats',
    example: {
      current: {
        open: 118,
        unassigned: 30,
        byStatus: { open: 30, in_progress: 41, on_hold: 24, pending_customer: 23 },
        byPriority: { low: 28, medium: 50, high: 29, urgent: 11 },
        byCategory: [
          { name: 'General', active: true, count: 9 },
          { name: 'Technical', active: true, count: 23 },
        ],
        pendingApplications: 1,
      },
      range: {
        days: 7,
        from: '2026-11-28T00:00:00.000Z',
        until: '2026-12-05T00:00:00.000Z',
        daily: [
          { day: '2026-11-28', opened: 7, resolved: 0 },
          { day: '2026-11-29', opened: 8, resolved: 2 },
        ],
        opened: 63,
        resolved: 13,
        firstResponse: { median: 24450, p90: 45288, measured: 38 },
        resolution: { median: 62940, p90: 131736, measured: 13 },
        csat: { average: 4.6, count: 10, distribution: { '1': 0, '2': 0, '3': 1, '4': 2, '5': 7 } },
        agents: [{ id: '3aad518d-9359-4684-828e-f4e46f1ff78e', name: 'Daniel Okafor', role: 'agent', staffStatus: 'approved', openLoad: 43, resolved: 8, ratingAverage: 4.43, ratingCount: 7 }],
      },
    },
  });

export function toStatsResource(current: CurrentStats, range: RangeStats): z.output<typeof statsResource> {
  return { current, range: { ...range, from: range.from.toISOString(), until: range.until.toISOString() } };
}
