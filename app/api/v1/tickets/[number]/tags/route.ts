import { route, type RouteContext } from '@/lib/http/route';
import { addTicketTag } from '@/lib/tags/ticket-tags';

export const dynamic = 'force-dynamic';

/** Staff put a tag on a ticket: an existing tag of that name (any case) is reused, one already there changes nothing. */
export const POST = route({ name: 'api-add-ticket-tag', auth: 'required', body: 'json', permission: 'ticket:work' }, async ({ actor, params, body }: RouteContext<{ number: string }>) => {
  const name = body && typeof body === 'object' ? (body as { name?: unknown }).name : undefined;
  return addTicketTag(actor, { number: params.number, name });
});
