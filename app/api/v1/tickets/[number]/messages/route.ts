import { toMessageResource } from '@/lib/api/resources/message';
import { AppError } from '@/lib/errors';
import { route, type RouteContext } from '@/lib/http/route';
import { addTicketMessage, listTicketMessages } from '@/lib/tickets/conversation';

export const dynamic = 'force-dynamic';

/** A ticket's messages oldest first, as the caller may read them: customers never get a note. */
export const GET = route({ name: 'api-list-messages', auth: 'required' }, async ({ actor, params, request }: RouteContext<{ number: string }>) => {
  const query = request.nextUrl.searchParams;
  const page = await listTicketMessages(actor, { number: params.number, cursor: query.get('cursor') ?? undefined, limit: query.get('limit') ?? undefined });
  return { data: page.messages.map(toMessageResource), nextCursor: page.nextCursor };
});

// The desk's stale-reply refusal is a conflict like any other there; here it gets a code of its own.
const staleReply = (error: AppError) =>
  error.code === 'conflict' && error.fields?.seenMessageId ? new AppError('stale_reply', error.message, { fields: error.fields }) : error;

/** A reply or (staff only) an internal note; 409 `stale_reply` when a newer public message exists. */
export const POST = route(
  { name: 'api-add-message', auth: 'required', body: 'json', status: 201, mapError: staleReply },
  async ({ actor, params, body }: RouteContext<{ number: string }>) => ({ message: toMessageResource(await addTicketMessage(actor, { number: params.number, message: body })) }),
);
