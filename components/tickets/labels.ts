import type { TicketPriority, TicketStatus } from '@/db/schema';
import type { BadgeTone } from '@/components/ui/badge';

export const statusLabel: Record<TicketStatus, string> = {
  open: 'Open',
  in_progress: 'In progress',
  on_hold: 'On hold',
  pending_customer: 'Waiting on customer',
  resolved: 'Resolved',
  closed: 'Closed',
};

export const statusTone: Record<TicketStatus, BadgeTone> = {
  open: 'blue',
  in_progress: 'violet',
  on_hold: 'amber',
  pending_customer: 'amber',
  resolved: 'green',
  closed: 'gray',
};

export const priorityLabel: Record<TicketPriority, string> = { low: 'Low', medium: 'Medium', high: 'High', urgent: 'Urgent' };

export const priorityTone: Record<TicketPriority, BadgeTone> = { low: 'slate', medium: 'blue', high: 'amber', urgent: 'red' };
