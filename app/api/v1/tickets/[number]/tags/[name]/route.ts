import { route, type RouteContext } from '@/lib/http/route';
import { removeTicketTag } from '@/lib/tags/ticket-tags';

export const dynamic = 'force-dynamic';

/** Staff take a tag off a ticket; one it does not have changes nothing. */
export const DELETE = route({ name: 'api-remove-ticket-tag', auth: 'required', permission: 'ticket:work' }, async ({ actor, params }: RouteContext<{ number: string; name: string }>) =>
  removeTicketTag(actor, { number: params.number, name: params.name }),
);
