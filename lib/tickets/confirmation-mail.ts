import type { Transaction } from '@/db/client';
import { queueMail } from '@/lib/mail/queue-mail';
import { appUrl, mailSettings } from '@/lib/mail/settings';
import { wantsMail } from '@/lib/notify/preferences';

type NewTicket = { id: string; number: string; trackingToken: string };
type Requester = { subject: string; requesterId: string | null; requesterName: string; requesterEmail: string };

/**
 * Queues "we have your request" to the requester with the ticket, in its transaction. A visitor
 * gets the private link (the only copy besides the thank-you page); a customer, My tickets,
 * unless they switched this mail off.
 */
export async function queueTicketConfirmation(tx: Transaction, ticket: NewTicket, values: Requester, now: Date): Promise<void> {
  if (!(await wantsMail(tx, values.requesterId, 'ticket_received'))) return;
  const privateLink = !values.requesterId;
  const ticketUrl = appUrl(privateLink ? `/t/${ticket.trackingToken}` : `/portal/tickets/${ticket.number}`);
  await queueMail(
    tx,
    {
      kind: 'ticket_received',
      to: { email: values.requesterEmail, userId: values.requesterId },
      ticket: { id: ticket.id, number: ticket.number },
      props: { requesterName: values.requesterName, number: ticket.number, subject: values.subject, ticketUrl, privateLink, canReplyByEmail: mailSettings().repliesByMail },
    },
    now,
  );
}
