import { exportFileName } from '@/lib/export/export-query';
import { exportTicketsCsv } from '@/lib/export/tickets-csv';
import { notFound } from '@/lib/errors';
import { linesToStream } from '@/lib/http/lines-stream';
import { route } from '@/lib/http/route';

export const dynamic = 'force-dynamic';

/**
 * The admin list as CSV: the same parameters as /admin/tickets, every matching row, streamed as
 * it is read in batches. A visitor gets 401; anyone else but an admin 404, as the page does.
 */
export const GET = route(
  { name: 'admin-export', auth: 'required', mapError: (error) => (error.code === 'forbidden' ? notFound() : error) },
  async ({ request, actor }) => {
    const lines = exportTicketsCsv(actor, request.nextUrl.searchParams);
    return new Response(linesToStream(lines, 'admin-export'), {
      headers: {
        'Content-Type': 'text/csv; charset=utf-8',
        'Content-Disposition': `attachment; filename="${exportFileName()}"`,
        'Cache-Control': 'no-store',
        'X-Content-Type-Options': 'nosniff',
      },
    });
  },
);
