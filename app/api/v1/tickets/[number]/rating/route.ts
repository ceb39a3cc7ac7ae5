import { toRatingResource } from '@/lib/api/resources/rating';
import { route, type RouteContext } from '@/lib/http/route';
import { rateOwnTicket } from '@/lib/tickets/conversation';

export const dynamic = 'force-dynamic';

/** The customer rates the help on their resolved or closed ticket, once. */
export const POST = route({ name: 'api-rate-ticket', auth: 'required', body: 'json', status: 201 }, async ({ actor, params, body }: RouteContext<{ number: string }>) => ({
  rating: toRatingResource(await rateOwnTicket(actor, { number: params.number, rating: body })),
}));
