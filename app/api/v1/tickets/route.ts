import { clientIp } from '@/lib/http/client-ip';
import { route } from '@/lib/http/route';
import { createTicket } from '@/lib/tickets/create-ticket';

export const dynamic = 'force-dynamic';

/**
 * Opens a ticket with the contact form's fields and rules. Visitors may call it (rate-limited);
 * a signed-in customer's ticket is linked to their account.
 */
export const POST = route({ name: 'api-create-ticket', auth: 'optional', body: 'json', status: 201 }, async ({ request, actor, body }) => {
  const ticket = await createTicket(actor, body, { ip: clientIp(request.headers), channel: 'api' });
  return {
    ticket: { number: ticket.number, status: ticket.status, createdAt: ticket.createdAt },
    trackingToken: ticket.trackingToken,
  };
});
