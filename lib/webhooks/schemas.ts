import { z } from 'zod';
import { webhookEventTypes } from '@/db/schema';
import { optionalText } from '@/lib/validation';

export { webhookEventTypes };
export type { WebhookEventType } from '@/db/schema';

export const WEBHOOK_LIMITS = { url: 2000, description: 200 } as const;

/** What each event means, for the form's checkboxes and the README alike. */
export const webhookEventLabels = {
  'ticket.created': 'A ticket is opened',
  'ticket.updated': 'A ticket’s status, priority, category or assignee changes, or it is archived, restored or deleted',
  'message.created': 'A reply is written (internal notes only where included below)',
  'rating.created': 'A requester rates the help',
} as const satisfies Record<(typeof webhookEventTypes)[number], string>;

// A checkbox sends "on" when ticked and nothing at all when not; react-hook-form sends booleans.
const checkbox = z.preprocess((value) => value === true || value === 'on' || value === 'true', z.boolean());

// Several checkboxes of one name: a list from the form, one string or nothing from a bare post.
const eventList = z.preprocess(
  (value) => (Array.isArray(value) ? value : typeof value === 'string' && value ? [value] : []),
  z
    .array(z.enum(webhookEventTypes, { error: 'Unknown event.' }))
    .min(1, { error: 'Choose at least one event.' })
    .transform((events) => webhookEventTypes.filter((type) => events.includes(type))),
);

const id = z.uuid({ error: 'Unknown webhook.' });

/** The endpoint form, shared by the browser's checks, the server action and the domain. */
export const webhookEndpointSchema = z.object({
  url: z
    .string({ error: 'Enter the address that receives the webhooks.' })
    .trim()
    .min(1, { error: 'Enter the address that receives the webhooks.' })
    .max(WEBHOOK_LIMITS.url, { error: `Keep it to ${WEBHOOK_LIMITS.url} characters or fewer.` })
    .regex(/^https?:\/\//i, { error: 'Enter a full address starting with https:// or http://.' }),
  description: optionalText(WEBHOOK_LIMITS.description),
  events: eventList,
  includeInternal: checkbox,
});
export type WebhookEndpointInput = z.input<typeof webhookEndpointSchema>;

export const webhookEndpointUpdateSchema = webhookEndpointSchema.extend({ id, active: checkbox });

export const webhookIdSchema = z.object({ id });

export const webhookDeliveryIdSchema = z.object({ id: z.uuid({ error: 'Unknown delivery.' }) });

export const webhookLogQuerySchema = z.object({ id, cursor: z.string().max(400).optional() });

export const privateAddressSettingSchema = z.object({ allowPrivateAddresses: checkbox });
