import type { z } from 'zod';
import { accountExists } from './account-exists';
import { agentApplication } from './agent-application';
import { applicationApproved } from './application-approved';
import { applicationRejected } from './application-rejected';
import { closedReplyRefused } from './closed-reply-refused';
import { confirmSignUp } from './confirm-sign-up';
import { customerReplied } from './customer-replied';
import { passwordReset } from './password-reset';
import { staffReply } from './staff-reply';
import { ticketAssigned } from './ticket-assigned';
import { ticketReceived } from './ticket-received';
import { ticketResolved } from './ticket-resolved';
import { unassignedTicket } from './unassigned-ticket';

/** Every mail Deskline sends, by kind: the kind is stored with each outbox row. */
export const mailTemplates = {
  ticket_received: ticketReceived,
  staff_reply: staffReply,
  ticket_resolved: ticketResolved,
  closed_reply_refused: closedReplyRefused,
  password_reset: passwordReset,
  confirm_sign_up: confirmSignUp,
  account_exists: accountExists,
  ticket_assigned: ticketAssigned,
  customer_replied: customerReplied,
  unassigned_ticket: unassignedTicket,
  agent_application: agentApplication,
  application_approved: applicationApproved,
  application_rejected: applicationRejected,
} as const;

export type MailKind = keyof typeof mailTemplates;
/** The props a caller passes for a kind (before defaults are applied). */
export type MailProps<K extends MailKind> = z.input<(typeof mailTemplates)[K]['schema']>;

export const mailKinds = Object.keys(mailTemplates) as MailKind[];
