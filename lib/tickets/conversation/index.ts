export { addTicketMessage } from './add-message';
export { listTicketMessages, type MessagePage } from './messages';
export { type GivenRating, rateOwnTicket } from './rate-ticket';
export { apiMessageSchema, apiRatingSchema, conversationPageSchema } from './schemas';
export { type EventPage, listTicketEvents } from './timeline';
