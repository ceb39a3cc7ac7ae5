export { addTicketMessage } from './add-message';
export { listTicketMessages, type MessagePage } from './messages';
export { type GivenRating, rateOwnTicket } from './rate-ticket';
export { type EventPage, listTicketEvents } from './timeline';
