import { z } from 'zod';
import { ticketNumberSchema } from '../schemas';

/** A checkbox as a form posts it, or a JSON boolean from the API. */
const confirmFlag = z
  .union([z.boolean(), z.literal('on'), z.literal('true'), z.literal('false'), z.literal('')])
  .optional()
  .transform((value) => value === true || value === 'on' || value === 'true');

export const mergeTicketSchema = z.object({
  into: z.string({ error: 'Enter the number of the ticket to merge into.' }).trim().max(40, { error: 'Not a ticket number.' }).pipe(ticketNumberSchema),
  confirmOtherRequester: confirmFlag,
});

export type MergeTicketInput = z.input<typeof mergeTicketSchema>;
