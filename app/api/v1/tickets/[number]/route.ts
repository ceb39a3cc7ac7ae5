import { getActor } from '@/lib/auth/session';
import { errorResponse } from '@/lib/http/error-response';
import { getTicket } from '@/lib/tickets/read-ticket';

export const dynamic = 'force-dynamic';

/** A ticket as the signed-in user may see it: customers get public messages only. */
export async function GET(_request: Request, { params }: { params: Promise<{ number: string }> }) {
  try {
    const ticket = await getTicket(await getActor(), { number: (await params).number });
    return Response.json({ ticket }, { headers: { 'Cache-Control': 'no-store' } });
  } catch (error) {
    return errorResponse(error, 'api-read-ticket');
  }
}
