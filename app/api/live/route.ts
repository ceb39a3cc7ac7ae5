import { clientIp } from '@/lib/http/client-ip';
import { route } from '@/lib/http/route';
import { openLiveUpdates } from '@/lib/live/open';

export const dynamic = 'force-dynamic';
export const runtime = 'nodejs';

/** Server-Sent Events: ids of what changed, for the page to re-read. `?ticket=` or `?token=` narrows it. */
export const GET = route({ name: 'live-updates', auth: 'optional' }, async ({ request, actor }) =>
  openLiveUpdates(actor, {
    ticket: request.nextUrl.searchParams.get('ticket'),
    token: request.nextUrl.searchParams.get('token'),
    ip: clientIp(request.headers),
    lastEventId: request.headers.get('last-event-id') ?? request.nextUrl.searchParams.get('lastEventId'),
    signal: request.signal,
  }),
);
