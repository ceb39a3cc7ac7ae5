import type { TicketStatus } from '@/db/schema';
import { openTicketStatuses } from '@/lib/vocabulary';

/**
 * The moves staff may make. Work starts (open → in progress), pauses on hold or while waiting for
 * the customer, resumes, and ends resolved; any unresolved state may go straight to resolved; a
 * resolved ticket is closed or reopened; closed is final.
 */
const next: Record<TicketStatus, readonly TicketStatus[]> = {
  open: ['in_progress', 'resolved'],
  in_progress: ['on_hold', 'pending_customer', 'resolved'],
  on_hold: ['in_progress', 'resolved'],
  pending_customer: ['in_progress', 'resolved'],
  resolved: ['closed', 'in_progress'],
  closed: [],
};

export function allowedTransitions(from: TicketStatus): readonly TicketStatus[] {
  return next[from];
}

export function canTransition(from: TicketStatus, to: TicketStatus): boolean {
  return next[from].includes(to);
}

export function isOpenStatus(status: TicketStatus): boolean {
  return (openTicketStatuses as readonly TicketStatus[]).includes(status);
}

/** Where a ticket goes when the requester writes again: back to whoever works it, or the queue. */
export function statusAfterRequesterReply(status: TicketStatus, hasAssignee: boolean): TicketStatus {
  if (status === 'pending_customer' || status === 'resolved') return hasAssignee ? 'in_progress' : 'open';
  return status;
}
