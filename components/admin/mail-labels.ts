import type { Tone as BadgeTone } from '@/lib/vocabulary';
import type { MailLogStatus } from '@/lib/mail/schemas';

export const mailStatusLabel: Record<MailLogStatus, string> = {
  queued: 'Queued',
  sending: 'Sending',
  sent: 'Sent',
  failed: 'Failed',
  held: 'Held',
  suppressed: 'Suppressed',
};

export const mailStatusTone: Record<MailLogStatus, BadgeTone> = {
  queued: 'blue',
  sending: 'violet',
  sent: 'green',
  failed: 'red',
  held: 'amber',
  suppressed: 'gray',
};

const kindLabels: Record<string, string> = {
  ticket_received: 'Request received',
  staff_reply: 'Reply to requester',
  ticket_resolved: 'Ticket resolved',
  closed_reply_refused: 'Reply to closed ticket refused',
  password_reset: 'Password reset',
  confirm_sign_up: 'Confirm sign-up',
  account_exists: 'Account already exists',
  ticket_assigned: 'Assigned to agent',
  customer_replied: 'Customer replied',
  unassigned_ticket: 'New unassigned ticket',
  agent_application: 'Agent application',
  application_approved: 'Application approved',
  application_rejected: 'Application rejected',
};

export function mailKindLabel(kind: string): string {
  return kindLabels[kind] ?? kind;
}

export function exactTime(date: Date): string {
  return `${date.toLocaleString('en-GB', { dateStyle: 'medium', timeStyle: 'medium', timeZone: 'UTC' })} UTC`;
}
