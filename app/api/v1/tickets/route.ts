import { getActor } from '@/lib/auth/session';
import { clientIp } from '@/lib/http/client-ip';
import { errorResponse } from '@/lib/http/error-response';
import { readJson } from '@/lib/http/read-json';
import { createTicket } from '@/lib/tickets/create-ticket';

export const dynamic = 'force-dynamic';

/**
 * Opens a ticket with the contact form's fields and rules. Visitors may call it (rate-limited);
 * a signed-in customer's ticket is linked to their account.
 */
export async function POST(request: Request) {
  try {
    const input = await readJson(request);
    const actor = await getActor();
    const ticket = await createTicket(actor, input, { ip: clientIp(request.headers), channel: 'api' });
    return Response.json(
      {
        ticket: { number: ticket.number, status: ticket.status, createdAt: ticket.createdAt },
        trackingToken: ticket.trackingToken,
      },
      { status: 201, headers: { 'Cache-Control': 'no-store' } },
    );
  } catch (error) {
    return errorResponse(error, 'api-create-ticket');
  }
}
