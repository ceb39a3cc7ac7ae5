import { z } from 'zod';
import { auditKind, ticketEventKind } from '@/db/schema/enums';

/** A kind names its table too: "category_changed" is both a ticket's move and an admin's edit. */
export const auditKindOptions = [
  ...ticketEventKind.enumValues.map((kind) => `ticket.${kind}` as const),
  ...auditKind.enumValues.map((kind) => `audit.${kind}` as const),
];
export type AuditKindOption = (typeof auditKindOptions)[number];

function isRealDay(value: string): boolean {
  const date = new Date(`${value}T00:00:00Z`);
  return !Number.isNaN(date.getTime()) && date.toISOString().slice(0, 10) === value;
}

const day = z
  .string()
  .trim()
  .regex(/^(\d{4}-\d{2}-\d{2})?$/, { error: 'Enter a date like 2025-06-01.' })
  // Round-tripped, because Date.parse takes 31 February for 3 March and PostgreSQL would not.
  .refine((value) => !value || isRealDay(value), { error: 'Enter a real date.' })
  .optional()
  .transform((value) => (value ? value : undefined));

const blankIsUndefined = (value: string | undefined) => (value ? value : undefined);

/** The audit log's filters, as they arrive in the page's URL. */
export const auditFilterSchema = z
  .object({
    actor: z.union([z.uuid({ error: 'Choose someone from the list.' }), z.literal('')]).optional().transform(blankIsUndefined),
    ticket: z
      .string()
      .trim()
      .toUpperCase()
      .regex(/^(HD-\d{8}-\d{4,})?$/, { error: 'Enter a ticket number like HD-20250601-0001.' })
      .optional()
      .transform(blankIsUndefined),
    kind: z.union([z.enum(auditKindOptions, { error: 'Choose a kind from the list.' }), z.literal('')]).optional().transform(blankIsUndefined),
    from: day,
    to: day,
    cursor: z.string().max(200).optional(),
  })
  .refine((f) => !f.from || !f.to || f.from <= f.to, { error: 'The end date is before the start date.', path: ['to'] });
export type AuditFilterInput = z.input<typeof auditFilterSchema>;
