import { toTicketEventResource } from '@/lib/api/resources/ticket-event';
import { route, type RouteContext } from '@/lib/http/route';
import { listTicketEvents } from '@/lib/tickets/conversation';

export const dynamic = 'force-dynamic';

/** A ticket's timeline oldest first: every event for staff, the public activity for the customer. */
export const GET = route({ name: 'api-list-events', auth: 'required' }, async ({ actor, params, request }: RouteContext<{ number: string }>) => {
  const query = request.nextUrl.searchParams;
  const page = await listTicketEvents(actor, { number: params.number, cursor: query.get('cursor') ?? undefined, limit: query.get('limit') ?? undefined });
  return { data: page.events.map(toTicketEventResource), nextCursor: page.nextCursor };
});
