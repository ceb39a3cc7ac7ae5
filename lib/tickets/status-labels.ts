import type { TicketStatus } from '@/db/schema';

export const statusLabel: Record<TicketStatus, string> = {
  open: 'Open',
  in_progress: 'In progress',
  on_hold: 'On hold',
  pending_customer: 'Waiting on customer',
  resolved: 'Resolved',
  closed: 'Closed',
};
