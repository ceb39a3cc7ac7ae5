import type { MailKind, MailProps } from '@/lib/mail/templates';

const url = (path: string) => `http://localhost:3000${path}`;
const number = 'HD-20261203-0042';
const subject = 'My parcel has not arrived';
const reply = { visibility: 'public' as const, authorName: 'Sam from support', body: 'It left our warehouse today.\nTracking: ZX-1', sentAt: new Date('2026-12-03T10:00:00Z') };

/** Valid props for every template, as the wiring will pass them. */
export const mailSamples: { [K in MailKind]: MailProps<K> } = {
  ticket_received: { requesterName: 'Ada Lovelace', number, subject, ticketUrl: url('/t/abc'), privateLink: true },
  staff_reply: { requesterName: 'Ada Lovelace', number, subject, reply, ticketUrl: url('/t/abc') },
  ticket_resolved: { requesterName: 'Ada Lovelace', number, subject, ticketUrl: url('/t/abc') },
  closed_reply_refused: { requesterName: 'Ada Lovelace', number, subject, followUpUrl: url(`/portal/tickets/new?followUp=${number}`), yourMessage: 'One more thing…' },
  password_reset: { name: 'Ada Lovelace', resetUrl: url('/reset/xyz'), expiresInMinutes: 30 },
  confirm_sign_up: { name: 'Ada Lovelace', confirmUrl: url('/sign-up/confirm/xyz'), agent: false, expiresInHours: 24 },
  account_exists: { name: 'Ada Lovelace', signInUrl: url('/sign-in'), resetUrl: url('/forgot-password') },
  ticket_assigned: { agentName: 'Sam', number, subject, requesterName: 'Ada Lovelace', priorityLabel: 'High', assignedByName: 'Alex Admin', deskUrl: url(`/desk/tickets/${number}`) },
  customer_replied: { agentName: 'Sam', number, subject, reply: { ...reply, authorName: 'Ada Lovelace', body: 'Still nothing here.' }, deskUrl: url(`/desk/tickets/${number}`) },
  unassigned_ticket: { agentName: 'Sam', number, subject, requesterName: 'Ada Lovelace', categoryName: 'Order & delivery', priorityLabel: 'Medium', excerpt: 'I ordered a lamp two weeks ago.', deskUrl: url(`/desk/tickets/${number}`) },
  agent_application: { adminName: 'Alex Admin', applicantName: 'Pat Pending', applicantEmail: 'pat@example.test', reviewUrl: url('/admin/agents') },
  application_approved: { name: 'Pat Pending', signInUrl: url('/sign-in') },
  application_rejected: { name: 'Pat Pending', reason: 'We are not hiring for this team right now.' },
};
