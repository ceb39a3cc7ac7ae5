import type { TicketPriority, TicketStatus } from '@/db/schema';
import type { BadgeTone } from '@/components/ui/badge';

export { statusLabel } from '@/lib/tickets/status-labels';

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
