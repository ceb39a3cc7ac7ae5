import { fromMyTicketRow, fromQueueRow } from '@/lib/api/resources/ticket-summary';
import { isActiveStaff } from '@/lib/access/actor';
import { instantCursor } from '@/lib/cursor';
import { AppError } from '@/lib/errors';
import { clientIp } from '@/lib/http/client-ip';
import { route } from '@/lib/http/route';
import { createTicket } from '@/lib/tickets/create-ticket';
import { listQueue, queueQuerySchema } from '@/lib/tickets/queue';
import { decodeCursor } from '@/lib/tickets/queue/cursor';
import { listMyTickets } from '@/lib/tickets/requester';

export const dynamic = 'force-dynamic';

const badCursor = () => new AppError('bad_request', 'The cursor is not one this list gave out.', { fields: { cursor: ['Pass nextCursor from the previous page unchanged.'] } });

/**
 * Staff get the desk's queue (views, filters, search); a customer gets their own tickets. A
 * cursor the list did not issue is refused, where the UI would quietly start from the top, and
 * so is a `limit` outside 1 to 100 or a date filter that does not hold (422).
 */
export const GET = route({ name: 'api-list-tickets', auth: 'required' }, async ({ request, actor }) => {
  const params = Object.fromEntries(request.nextUrl.searchParams);
  if (isActiveStaff(actor)) {
    const query = queueQuerySchema.parse({ view: 'open', sort: 'activity', ...params });
    if (params.cursor && !decodeCursor(params.cursor, query.q ? 'relevance' : query.sort)) throw badCursor();
    const page = await listQueue(actor, params, { limit: params.limit, strictDates: true });
    return { data: page.rows.map(fromQueueRow), nextCursor: page.nextCursor };
  }
  if (params.cursor && !instantCursor.decode(params.cursor)) throw badCursor();
  const page = await listMyTickets(actor, { status: params.status, q: params.q, cursor: params.cursor }, { limit: params.limit });
  return { data: page.rows.map(fromMyTicketRow), nextCursor: page.nextCursor };
});

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
