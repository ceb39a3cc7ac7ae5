import { z } from 'zod';
import { emailField, optionalPhone, optionalText, requiredText } from '@/lib/validation';

export const TICKET_LIMITS = { name: 120, subject: 200, message: 10_000, reference: 100 } as const;

/** The public contact form, shared by the browser form, the server action and the API. */
export const contactSchema = z.object({
  name: requiredText('your name', TICKET_LIMITS.name),
  email: emailField,
  phone: optionalPhone,
  subject: requiredText('a subject', TICKET_LIMITS.subject),
  message: requiredText('your message', TICKET_LIMITS.message),
  category: z
    .string({ error: 'Choose a category.' })
    .trim()
    .min(1, { error: 'Choose a category.' })
    .max(80, { error: 'Choose a category.' }),
  reference: optionalText(TICKET_LIMITS.reference),
  // Honeypot: hidden from people, filled in by bots that complete every field.
  website: z
    .string()
    .max(0, { error: 'Leave this field empty.' })
    .optional(),
});
export type ContactInput = z.input<typeof contactSchema>;
export type ContactData = z.output<typeof contactSchema>;

export const ticketNumberSchema = z
  .string()
  .trim()
  .toUpperCase()
  .regex(/^HD-\d{8}-\d{4,}$/, { error: 'Not a ticket number.' });
