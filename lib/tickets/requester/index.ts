export { addRequesterReply, rateTicket, resolveAsRequester } from './actions';
export { updateOwnTicket } from './own-ticket-update';
export { ratingFromLink } from './rating-link';
export { listMyTickets, type MyTicketRow } from './my-tickets';
export { type MyTicketFilter } from './schemas';
export { getRequesterTicket, type RelatedTicket, type RequesterMessage, type RequesterTicketView, type TimelineEntry } from './view';
