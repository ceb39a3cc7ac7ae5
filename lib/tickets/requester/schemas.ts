import { z } from 'zod';
import { pageLimit } from '@/lib/validation';

export const myTicketFilters = ['open', 'resolved', 'closed', 'all'] as const;
export type MyTicketFilter = (typeof myTicketFilters)[number];

/** The portal list's query string: lenient, since it comes from links and the address bar. */
export const myTicketsQuerySchema = z.object({
  status: z.enum(myTicketFilters).catch('all').default('all'),
  q: z
    .string()
    .trim()
    .max(200)
    .optional()
    .catch(undefined)
    .transform((value) => (value ? value : undefined)),
  cursor: z.string().max(200).optional().catch(undefined),
});
// As read from the address bar: anything unknown falls back to the defaults.
export type MyTicketsQuery = { status?: string; q?: string; cursor?: string };

export const MY_TICKETS_PAGE_SIZE = 20;

/** The API's page size for a customer's own list: a bad value is refused, not dropped. */
export const myTicketsLimitSchema = z.object({ limit: pageLimit.unwrap().default(MY_TICKETS_PAGE_SIZE) });
