import { z } from 'zod';

export const notificationFilters = ['all', 'unread'] as const;
export type NotificationFilter = (typeof notificationFilters)[number];

/** The list's query as it arrives in the page's address: anything unknown reads as the default. */
export const notificationListSchema = z.object({
  show: z.enum(notificationFilters).catch('all').default('all'),
  cursor: z.string().max(400).optional().catch(undefined),
});
export type NotificationListQuery = z.input<typeof notificationListSchema>;

export const notificationIdSchema = z.object({ id: z.guid() });
