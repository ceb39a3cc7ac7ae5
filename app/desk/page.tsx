import type { Metadata } from 'next';
import { TicketTable } from '@/components/tickets/ticket-table';
import { ButtonLink } from '@/components/ui/button';
import { PageHeader } from '@/components/ui/page-header';
import { forPage } from '@/lib/auth/page-guard';
import { getActor } from '@/lib/auth/session';
import { listRecentTickets } from '@/lib/tickets/list-tickets';

export const metadata: Metadata = { title: 'Desk' };

export default async function DeskPage({ searchParams }: { searchParams: Promise<{ cursor?: string }> }) {
  const { cursor } = await searchParams;
  const actor = await getActor();
  const page = await forPage(() => listRecentTickets(actor, { cursor }), '/desk');

  return (
    <div>
      <PageHeader title="Desk" description="Every live ticket, most recent activity first." />
      <TicketTable rows={page.rows} hrefFor={(number) => `/desk/tickets/${number}`} />
      <nav aria-label="Pagination" className="mt-6 flex justify-between">
        {cursor ? (
          <ButtonLink href="/desk" variant="secondary">
            Back to newest
          </ButtonLink>
        ) : (
          <span />
        )}
        {page.nextCursor ? (
          <ButtonLink href={`/desk?cursor=${page.nextCursor}`} variant="secondary">
            Older tickets
          </ButtonLink>
        ) : null}
      </nav>
    </div>
  );
}
