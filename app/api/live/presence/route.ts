import { route } from '@/lib/http/route';
import { reportPresence } from '@/lib/live/presence';

export const dynamic = 'force-dynamic';
export const runtime = 'nodejs';

/** A staff browser's "viewing"/"replying" ping for one ticket; answers who else is there. */
export const POST = route({ name: 'live-presence', auth: 'required', body: 'json' }, async ({ actor, body }) => reportPresence(actor, body));
