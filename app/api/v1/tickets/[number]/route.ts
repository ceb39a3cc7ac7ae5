import { etagOf, expectedVersion, notModified } from '@/lib/api/etag';
import { toTicketResource } from '@/lib/api/resources/ticket';
import type { Actor } from '@/lib/access/actor';
import { route, type RouteContext } from '@/lib/http/route';
import { getTicketWithVersion } from '@/lib/tickets/version';
import { deleteTicket, updateTicket } from '@/lib/tickets/workspace';

export const dynamic = 'force-dynamic';

async function ticketAnswer(actor: Actor, number: string, request: Request, status = 200): Promise<Response> {
  const { view, version } = await getTicketWithVersion(actor, { number });
  const etag = etagOf(version);
  if (status === 200 && request.method === 'GET' && notModified(request, etag)) return new Response(null, { status: 304, headers: { ETag: etag } });
  return Response.json({ ticket: toTicketResource(view) }, { status, headers: { ETag: etag } });
}

/** A ticket as the caller may see it (customers get public messages only), with its ETag. */
export const GET = route({ name: 'api-read-ticket', auth: 'optional' }, async ({ request, actor, params }: RouteContext<{ number: string }>) =>
  ticketAnswer(actor, params.number, request),
);

/** Staff change status, priority and category at once; `If-Match` makes it conditional. */
export const PATCH = route({ name: 'api-update-ticket', auth: 'required', body: 'json' }, async ({ request, actor, params, body }: RouteContext<{ number: string }>) => {
  await updateTicket(actor, { number: params.number, changes: body, expectedVersion: expectedVersion(request) });
  return ticketAnswer(actor, params.number, request);
});

/** Admins delete a ticket for good. */
export const DELETE = route({ name: 'api-delete-ticket', auth: 'required' }, async ({ actor, params }: RouteContext<{ number: string }>) => {
  await deleteTicket(actor, { number: params.number, confirmation: params.number });
  return new Response(null, { status: 204 });
});
