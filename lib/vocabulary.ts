// The words Deskline uses for its values: the lists, their labels and badge tones. Plain data,
// safe for client components; the value lists themselves are the ones the database enums use.
import type { StaffStatus, TicketPriority, TicketStatus, UserRole } from '@/db/schema/values';

export {
  doneTicketStatuses,
  openTicketStatuses,
  staffStatuses,
  ticketChannels,
  ticketPriorities,
  ticketStatuses,
  userRoles,
} from '@/db/schema/values';
export type {
  OpenTicketStatus,
  StaffStatus,
  TicketChannel,
  TicketPriority,
  TicketStatus,
  UserRole,
} from '@/db/schema/values';

export type Tone = 'slate' | 'blue' | 'amber' | 'violet' | 'green' | 'red' | 'gray';

export const statusLabel: Record<TicketStatus, string> = {
  open: 'Open',
  in_progress: 'In progress',
  on_hold: 'On hold',
  pending_customer: 'Waiting on customer',
  resolved: 'Resolved',
  closed: 'Closed',
};

export const statusTone: Record<TicketStatus, Tone> = {
  open: 'blue',
  in_progress: 'violet',
  on_hold: 'amber',
  pending_customer: 'amber',
  resolved: 'green',
  closed: 'gray',
};

export const priorityLabel: Record<TicketPriority, string> = { low: 'Low', medium: 'Medium', high: 'High', urgent: 'Urgent' };
export const priorityTone: Record<TicketPriority, Tone> = { low: 'slate', medium: 'blue', high: 'amber', urgent: 'red' };

export const roleLabel: Record<UserRole, string> = { customer: 'Customer', agent: 'Agent', admin: 'Admin' };
export const roleTone: Record<UserRole, Tone> = { customer: 'slate', agent: 'blue', admin: 'violet' };

export const staffStatusLabel: Record<StaffStatus, string> = {
  pending: 'Pending',
  approved: 'Active',
  rejected: 'Rejected',
  suspended: 'Suspended',
};
export const staffStatusTone: Record<StaffStatus, Tone> = { pending: 'amber', approved: 'green', rejected: 'red', suspended: 'red' };
