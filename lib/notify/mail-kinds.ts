import type { UserRole } from '@/db/schema';
import type { MailKind } from '@/lib/mail/templates';

type Choice = { label: string; help: string; roles: readonly UserRole[]; enabledByDefault: boolean };

/**
 * The mail a person may switch off, for the roles it concerns. Not listed, so always sent: the
 * password reset, the sign-up confirmation and the "you already have an account" notice (security), the answer to an agent application (it is what the applicant
 * waits for), and "closed, open a follow-up" (the answer to a mail the person just sent).
 * Visitors have no account and get every mail about their ticket.
 */
export const mailChoices = {
  ticket_received: {
    label: 'Your request was received',
    help: 'A confirmation with the ticket number when you open a ticket.',
    roles: ['customer'],
    enabledByDefault: true,
  },
  staff_reply: {
    label: 'Replies from support',
    help: 'Each answer from the support team on your tickets, with a link to reply.',
    roles: ['customer'],
    enabledByDefault: true,
  },
  ticket_resolved: {
    label: 'Ticket resolved',
    help: 'When support marks your ticket resolved, with links to rate the help.',
    roles: ['customer'],
    enabledByDefault: true,
  },
  ticket_assigned: {
    label: 'Ticket assigned to you',
    help: 'When an admin or auto-assignment gives you a ticket. Tickets you take yourself send nothing.',
    roles: ['agent', 'admin'],
    enabledByDefault: true,
  },
  customer_replied: {
    label: 'Customer replies on your tickets',
    help: 'When the requester of a ticket assigned to you writes again.',
    roles: ['agent', 'admin'],
    enabledByDefault: true,
  },
  // Off until asked for: on a busy desk every agent would get every new ticket.
  unassigned_ticket: {
    label: 'New unassigned tickets',
    help: 'Each new ticket no one holds (auto-assignment off, or no agent to give it to); replies on such tickets then show in your notifications.',
    roles: ['agent', 'admin'],
    enabledByDefault: false,
  },
  agent_application: {
    label: 'Agent applications',
    help: 'When someone applies for an agent account and waits for an admin to review it.',
    roles: ['admin'],
    enabledByDefault: true,
  },
} as const satisfies Partial<Record<MailKind, Choice>>;

export type MailChoiceKind = keyof typeof mailChoices;
export const mailChoiceKinds = Object.keys(mailChoices) as MailChoiceKind[];

export function isMailChoiceKind(kind: string): kind is MailChoiceKind {
  return Object.hasOwn(mailChoices, kind);
}

/** The kinds a person of this role and standing may choose; staff only once approved. */
export function mailChoicesFor(person: { role: UserRole; staffStatus: string | null }): MailChoiceKind[] {
  if (person.role !== 'customer' && person.staffStatus !== 'approved') return [];
  return mailChoiceKinds.filter((kind) => (mailChoices[kind].roles as readonly UserRole[]).includes(person.role));
}
