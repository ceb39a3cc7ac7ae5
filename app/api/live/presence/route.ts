import { route } from '@/lib/http/route';
import { reportPresence } from '@/lib/live/presence';

export const dynamic = 'force-dynamic';
export const runtime = 'nodejs';

/** A staff browser's "viewing"/"replying" ping for one ticket. */
export const POST = route({ name: 'live-presence', auth: 'required', body: 'json', status: 204 }, async ({ actor, body }) => {
  await reportPresence(actor, body);
  return new Response(null, { status: 204 });
});
