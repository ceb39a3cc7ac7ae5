import { z } from 'zod';
import { emailField, optionalPhone, optionalText, requiredText } from '@/lib/validation';
import { ticketPriorities, ticketStatuses } from '@/lib/vocabulary';

export const TICKET_LIMITS = { name: 120, subject: 200, message: 10_000, reference: 100 } as const;

export const ticketNumberSchema = z
  .string()
  .trim()
  .toUpperCase()
  .regex(/^HD-\d{8}-\d{4,}$/, { error: 'Not a ticket number.' });

/** The message under the name its form gives it: "your message", "a description". */
const ticketMessage = (label: string) => requiredText(label, TICKET_LIMITS.message);

/**
 * What every new ticket says, whichever way it arrives (contact form, portal, API). Each channel
 * adds who the requester is: typed in by a visitor, or taken from the customer's account.
 */
export const ticketRequestSchema = z.object({
  subject: requiredText('a subject', TICKET_LIMITS.subject),
  message: ticketMessage('your message'),
  category: z
    .string({ error: 'Choose a category.' })
    .trim()
    .min(1, { error: 'Choose a category.' })
    .max(80, { error: 'Choose a category.' }),
  reference: optionalText(TICKET_LIMITS.reference),
});
export type TicketRequestInput = z.input<typeof ticketRequestSchema>;

/** The public contact form, shared by the browser form, the server action and the API. */
export const contactSchema = ticketRequestSchema.extend({
  name: requiredText('your name', TICKET_LIMITS.name),
  email: emailField,
  phone: optionalPhone,
  // Honeypot: hidden from people, filled in by bots that complete every field.
  website: z
    .string()
    .max(0, { error: 'Leave this field empty.' })
    .optional(),
});
export type ContactInput = z.input<typeof contactSchema>;
export type ContactData = z.output<typeof contactSchema>;

/** Customers choose how urgent their request feels; "urgent" is the support team's call. */
export const customerPriorities = ['low', 'medium', 'high'] as const;
export type CustomerPriority = (typeof customerPriorities)[number];

/** A new request from the customer portal: the requester is the signed-in account. */
export const portalTicketSchema = ticketRequestSchema.extend({
  // The portal form calls the message a description.
  message: ticketMessage('a description'),
  priority: z.enum(customerPriorities, { error: 'Choose low, medium or high.' }),
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

export const MESSAGE_MAX = 10_000;

/** Where a message was written: in the app or the API, or in a mail client (lib/mail/inbound). */
export type MessageSource = 'web' | 'email';

export const messageBodySchema = z
  .string({ error: 'Write a message.' })
  .trim()
  .min(1, { error: 'Write a message.' })
  .max(MESSAGE_MAX, { error: `Keep it to ${MESSAGE_MAX.toLocaleString('en')} characters or fewer.` });

export const statusSchema = z.enum(ticketStatuses, { error: 'Choose a status.' });

export const staffMessageSchema = z.object({
  body: messageBodySchema,
  visibility: z.enum(['public', 'internal'], { error: 'Choose a reply or an internal note.' }),
  /**
   * The newest message the writer had on screen ('' when there was none). Given, a public reply
   * is refused while a newer public message by someone else exists; left out, nothing is checked.
   */
  seenMessageId: z.union([z.uuid({ error: 'Not a message of this ticket.' }), z.literal('')]).nullish(),
  /** The status the ticket moves to with the message, in the same transaction ('' or left out: none). */
  status: z
    .union([statusSchema, z.literal('')])
    .nullish()
    .transform((value) => value || undefined),
});
export type StaffMessageInput = z.input<typeof staffMessageSchema>;

export const requesterReplySchema = z.object({ body: messageBodySchema });
export type RequesterReplyInput = z.input<typeof requesterReplySchema>;

export const prioritySchema = z.enum(ticketPriorities, { error: 'Choose a priority.' });

export const transitionSchema = z.object({ to: statusSchema });
export const setPrioritySchema = z.object({ priority: prioritySchema });
export const setCategorySchema = z.object({
  category: z.string().trim().min(1, { error: 'Choose a category.' }).max(80, { error: 'Choose a category.' }),
});

export const feedbackSchema = z.object({
  rating: z.coerce
    .number({ error: 'Choose a rating from 1 to 5.' })
    .int({ error: 'Choose a rating from 1 to 5.' })
    .min(1, { error: 'Choose a rating from 1 to 5.' })
    .max(5, { error: 'Choose a rating from 1 to 5.' }),
  comment: optionalText(2_000),
});
export type FeedbackInput = z.input<typeof feedbackSchema>;
