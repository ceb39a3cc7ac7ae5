import { z } from 'zod';
import type { TicketStatus } from '@/db/schema';
import { pageLimit } from '@/lib/validation';
import { openTicketStatuses } from '@/lib/vocabulary';
import { prioritySchema, statusSchema } from '../schemas';
import { queueDaySchema, readQueueDates } from './dates';

export const QUEUE_PAGE_SIZE = 50;
export const SEARCH_MAX = 200;

export const queueViews = ['unassigned', 'mine', 'open', 'due', 'waiting', 'resolved', 'closed', 'archived'] as const;
export type QueueView = (typeof queueViews)[number];

export const queueSorts = ['activity', 'created', 'priority'] as const;
export type QueueSort = (typeof queueSorts)[number];

export const viewLabel: Record<QueueView, string> = {
  unassigned: 'Unassigned',
  mine: 'Mine',
  open: 'All open',
  due: 'Due soon',
  waiting: 'Waiting on customer',
  resolved: 'Resolved',
  closed: 'Closed',
  archived: 'Archived',
};

export const sortLabel: Record<QueueSort, string> = {
  activity: 'Last activity',
  created: 'Newest first',
  priority: 'Priority',
};

/** The statuses a view shows; the archived view shows any status. */
export function viewStatuses(view: QueueView): readonly TicketStatus[] | null {
  switch (view) {
    case 'unassigned':
    case 'mine':
    case 'open':
    case 'due':
      return openTicketStatuses;
    case 'waiting':
      return ['pending_customer'];
    case 'resolved':
      return ['resolved'];
    case 'closed':
      return ['closed'];
    case 'archived':
      return null;
  }
}

// A filter that is empty or not one we know is dropped rather than refused: these come from a
// URL that anyone can edit, and a queue that ignores "?priority=bogus" is friendlier than an error.
const blankToUndefined = (value: unknown) => (typeof value === 'string' && value.trim() === '' ? undefined : value);
const lenient = <T extends z.ZodType>(schema: T) => z.preprocess(blankToUndefined, schema.optional()).catch(undefined);

export const queueQuerySchema = z.object({
  view: z.enum(queueViews).catch('open'),
  status: lenient(statusSchema),
  category: lenient(z.string().trim().max(80)),
  priority: lenient(prioritySchema),
  // 'me', 'none' or an agent's id.
  assignee: lenient(z.union([z.literal('me'), z.literal('none'), z.uuid()])),
  requester: lenient(z.string().trim().toLowerCase().max(254)),
  // A tag's name, any case.
  tag: lenient(z.string().trim().max(40)),
  q: lenient(z.string().trim().max(SEARCH_MAX)),
  sort: z.enum(queueSorts).catch('activity'),
  cursor: lenient(z.string().max(400)),
  // Whole UTC days, both included (./dates.ts); parseQueueQuery also drops a "to" before its "from".
  createdFrom: lenient(queueDaySchema),
  createdTo: lenient(queueDaySchema),
  activityFrom: lenient(queueDaySchema),
  activityTo: lenient(queueDaySchema),
});
export type QueueQuery = z.output<typeof queueQuerySchema>;

/** The API's page size for the queue: unlike the filters, a bad value is refused, not dropped. */
export const queueLimitSchema = z.object({ limit: pageLimit.unwrap().default(QUEUE_PAGE_SIZE) });

/** The first of any repeated URL parameter. */
export function firstParams(params: Record<string, string | string[] | undefined>): Record<string, string | undefined> {
  return Object.fromEntries(Object.entries(params).map(([key, value]) => [key, Array.isArray(value) ? value[0] : value]));
}

/** Reads the queue's URL parameters, taking the first of any repeated one. */
export function parseQueueQuery(params: Record<string, string | string[] | undefined>): QueueQuery {
  const flat = firstParams(params);
  const query = queueQuerySchema.parse({ view: 'open', sort: 'activity', ...flat });
  const { dates } = readQueueDates(flat);
  return { ...query, createdFrom: dates.createdFrom, createdTo: dates.createdTo, activityFrom: dates.activityFrom, activityTo: dates.activityTo };
}

/** The URL of a queue page (the desk's, or the admin list's): defaults are left out, so links stay short. */
export function queueHref(query: Partial<QueueQuery>, base = '/desk'): string {
  const params = new URLSearchParams();
  const entries: Array<[string, string | undefined]> = [
    ['view', query.view === 'open' ? undefined : query.view],
    ['q', query.q],
    ['status', query.status],
    ['category', query.category],
    ['priority', query.priority],
    ['assignee', query.assignee],
    ['requester', query.requester],
    ['tag', query.tag],
    ['createdFrom', query.createdFrom],
    ['createdTo', query.createdTo],
    ['activityFrom', query.activityFrom],
    ['activityTo', query.activityTo],
    ['sort', query.sort === 'activity' ? undefined : query.sort],
    ['cursor', query.cursor],
  ];
  for (const [key, value] of entries) if (value) params.set(key, value);
  const search = params.toString();
  return search ? `${base}?${search}` : base;
}
