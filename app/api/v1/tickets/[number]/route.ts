import { toTicketResource } from '@/lib/api/resources/ticket';
import { route, type RouteContext } from '@/lib/http/route';
import { getTicket } from '@/lib/tickets/read-ticket';

export const dynamic = 'force-dynamic';

/** A ticket as the signed-in user may see it: customers get public messages only. */
export const GET = route({ name: 'api-read-ticket', auth: 'optional' }, async ({ actor, params }: RouteContext<{ number: string }>) => ({
  ticket: toTicketResource(await getTicket(actor, { number: params.number })),
}));
