import { etagOf, expectedVersion, notModified } from '@/lib/api/etag';
import { toTicketResource } from '@/lib/api/resources/ticket';
import { type Actor, isCustomer } from '@/lib/access/actor';
import { AppError } from '@/lib/errors';
import { route, type RouteContext } from '@/lib/http/route';
import { updateOwnTicket } from '@/lib/tickets/requester';
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

// The status machine names its field `to`, after the desk's form; the body calls it `status`.
function statusField(error: AppError): AppError {
  if (!error.fields?.to) return error;
  const { to, ...rest } = error.fields;
  return new AppError(error.code, error.message, { fields: { ...rest, status: to } });
}

/**
 * Staff change status, priority, category and assignee at once; a customer may only mark their
 * own ticket solved. `If-Match` makes either conditional.
 */
export const PATCH = route(
  { name: 'api-update-ticket', auth: 'required', body: 'json', mapError: statusField },
  async ({ request, actor, params, body }: RouteContext<{ number: string }>) => {
    const input = { number: params.number, changes: body, expectedVersion: expectedVersion(request) };
    await (isCustomer(actor) ? updateOwnTicket(actor, input) : updateTicket(actor, input));
    return ticketAnswer(actor, params.number, request);
  },
);

/** Admins delete a ticket for good. */
export const DELETE = route({ name: 'api-delete-ticket', auth: 'required' }, async ({ actor, params }: RouteContext<{ number: string }>) => {
  await deleteTicket(actor, { number: params.number, confirmation: params.number });
  return new Response(null, { status: 204 });
});
