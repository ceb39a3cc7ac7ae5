import { isAppError, notFound } from '@/lib/errors';
import { exportFileName } from '@/lib/export/export-query';
import { exportTicketsCsv } from '@/lib/export/tickets-csv';
import { getActor } from '@/lib/auth/session';
import { errorResponse } from '@/lib/http/error-response';
import { linesToStream } from '@/lib/http/lines-stream';

export const dynamic = 'force-dynamic';

/**
 * The admin list as CSV: the same parameters as /admin/tickets, every matching row, streamed as
 * it is read in batches. A visitor gets 401; anyone else but an admin 404, as the page does.
 */
export async function GET(request: Request) {
  try {
    const actor = await getActor();
    const lines = (() => {
      try {
        return exportTicketsCsv(actor, new URL(request.url).searchParams);
      } catch (error) {
        if (isAppError(error) && error.code === 'forbidden') throw notFound();
        throw error;
      }
    })();
    return new Response(linesToStream(lines, 'admin-export'), {
      headers: {
        'Content-Type': 'text/csv; charset=utf-8',
        'Content-Disposition': `attachment; filename="${exportFileName()}"`,
        'Cache-Control': 'no-store',
        'X-Content-Type-Options': 'nosniff',
      },
    });
  } catch (error) {
    return errorResponse(error, 'admin-export');
  }
}
