export { type MergeResult, mergeTicket, sameRequester } from './merge-ticket';
export { mergeTicketSchema } from './schemas';
export { getMergePreview, type MergePreview } from './preview';
export { mergedSurvivorNumber } from './survivor';
export { getMergeState, type MergeState } from './state';
