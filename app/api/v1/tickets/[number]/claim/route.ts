import { route, type RouteContext } from '@/lib/http/route';
import { claimTicket } from '@/lib/tickets/workspace';

export const dynamic = 'force-dynamic';

/** "Assign to me": 409 naming the holder when someone else has the ticket. */
export const POST = route({ name: 'api-claim-ticket', auth: 'required' }, async ({ actor, params }: RouteContext<{ number: string }>) => {
  const claimed = await claimTicket(actor, { number: params.number });
  return { number: claimed.number, assignee: claimed.assignee };
});
