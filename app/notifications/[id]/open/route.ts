import { isAppError } from '@/lib/errors';
import { route, type RouteContext } from '@/lib/http/route';
import { markNotificationRead, NOTIFICATIONS_PATH } from '@/lib/notifications';

/** A relative Location: the browser resolves it against the address it asked, whatever proxy is in front. */
function seeOther(path: string): Response {
  return new Response(null, { status: 303, headers: { Location: path } });
}

/**
 * Following an entry: marks it read and goes where it leads. The list links here with a plain
 * <a>, never a prefetching Link, so only a real click marks anything read.
 */
export const GET = route({ name: 'open-notification', auth: 'optional' }, async ({ actor, params }: RouteContext<{ id: string }>) => {
  const self = `${NOTIFICATIONS_PATH}/${encodeURIComponent(params.id)}/open`;
  if (actor.kind === 'anonymous') return seeOther(`/sign-in?callbackUrl=${encodeURIComponent(self)}`);
  try {
    const { href } = await markNotificationRead(actor, { id: params.id });
    return seeOther(href);
  } catch (error) {
    if (isAppError(error) && error.code === 'not_found') return seeOther(`${NOTIFICATIONS_PATH}?done=missing`);
    throw error;
  }
});
