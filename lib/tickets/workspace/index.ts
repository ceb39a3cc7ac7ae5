export { archiveTicket, restoreTicket } from './archive-ticket';
export { claimTicket, reassignTicket, unassignTicket } from './assignment';
export { type BulkAction, type BulkResult, bulkUpdateTickets } from './bulk-update';
export { deleteTicket } from './delete-ticket';
export { type DeskStaff, listDeskStaff } from './desk-staff';
export { type DeskTicket, getDeskTicket, type TimelineEvent } from './desk-ticket';
export { addStaffMessage } from './staff-message';
export { setTicketCategory, setTicketPriority } from './ticket-fields';
export { transitionTicket } from './transition-ticket';
