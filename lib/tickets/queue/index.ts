export { countQueueViews, type ViewCount } from './counts';
export { encodeCursor } from './cursor';
export { queueConditions } from './filters';
export { listQueue } from './list';
export { queueOrderings } from './order';
export { type QueueRow } from './rows';
export { QUEUE_PAGE_SIZE, queueHref, type QueueQuery, queueQuerySchema, queueSorts, type QueueView, queueViews, SEARCH_MAX, sortLabel, viewLabel } from './schema';
export { searchQueue } from './search';
export { queueDateFields, type QueueDates, readQueueDates } from './dates';
