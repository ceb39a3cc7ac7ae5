export { type FollowState, followTicket, listTicketFollowers, type TicketFollowers, unfollowTicket } from './follow-ticket';
