import { z } from 'zod';
import { mailStatus } from '@/db/schema/mail';

export const mailStatuses = mailStatus.enumValues;

/** The mail log's filters, as they arrive in the page's URL; a bad value is ignored rather than refused. */
export const mailLogFilterSchema = z.object({
  status: z.enum(mailStatuses).optional().catch(undefined),
  cursor: z.string().max(200).optional().catch(undefined),
});

export const mailIdSchema = z.uuid();
export type MailLogStatus = (typeof mailStatuses)[number];
