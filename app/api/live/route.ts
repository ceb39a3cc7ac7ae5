import { clientIp } from '@/lib/http/client-ip';
import { route } from '@/lib/http/route';
import { openLiveUpdates } from '@/lib/live/open';

export const dynamic = 'force-dynamic';
export const runtime = 'nodejs';

/** Server-Sent Events: ids of what changed, for the page to re-read. `?token=` for a private-link visitor. */
export const GET = route({ name: 'live-updates', auth: 'optional' }, async ({ request, actor }) =>
  openLiveUpdates(actor, {
    token: request.nextUrl.searchParams.get('token'),
    ip: clientIp(request.headers),
    lastEventId: request.headers.get('last-event-id') ?? request.nextUrl.searchParams.get('lastEventId'),
    signal: request.signal,
  }),
);
