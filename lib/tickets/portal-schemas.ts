import { z } from 'zod';
import { optionalText, requiredText } from '@/lib/validation';
import { TICKET_LIMITS, ticketNumberSchema } from './schemas';

/** Customers choose how urgent their request feels; "urgent" is the support team's call. */
export const customerPriorities = ['low', 'medium', 'high'] as const;
export type CustomerPriority = (typeof customerPriorities)[number];

/** A new request from the customer portal, shared by the form, its action and the domain. */
export const portalTicketSchema = z.object({
  subject: requiredText('a subject', TICKET_LIMITS.subject),
  description: requiredText('a description', TICKET_LIMITS.message),
  category: z
    .string({ error: 'Choose a category.' })
    .trim()
    .min(1, { error: 'Choose a category.' })
    .max(80, { error: 'Choose a category.' }),
  priority: z.enum(customerPriorities, { error: 'Choose low, medium or high.' }),
  reference: optionalText(TICKET_LIMITS.reference),
  // Set when the request follows up one of the customer's closed tickets.
  followUp: z
    .string()
    .trim()
    .max(40)
    .optional()
    .transform((value) => (value ? value : undefined))
    .pipe(ticketNumberSchema.optional()),
});
export type PortalTicketInput = z.input<typeof portalTicketSchema>;

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
