import type { Metadata } from 'next';
import { MyTicketList } from '@/components/portal/my-ticket-list';
import { portalListHref, TicketFilters } from '@/components/portal/ticket-filters';
import { ButtonLink } from '@/components/ui/button';
import { PageHeader } from '@/components/ui/page-header';
import { forPage } from '@/lib/auth/page-guard';
import { getActor } from '@/lib/auth/session';
import { listMyTickets } from '@/lib/tickets/requester';

export const metadata: Metadata = { title: 'My tickets' };

type SearchParams = Promise<Record<string, string | string[] | undefined>>;

const first = (value: string | string[] | undefined) => (Array.isArray(value) ? value[0] : value);

export default async function MyTicketsPage({ searchParams }: { searchParams: SearchParams }) {
  const params = await searchParams;
  const actor = await getActor();
  const page = await forPage(
    () => listMyTickets(actor, { status: first(params.status), q: first(params.q), cursor: first(params.cursor) }),
    '/portal/tickets',
  );
  const filtered = page.status !== 'all' || page.q !== null;

  return (
    <div className="space-y-6">
      <PageHeader
        title="My tickets"
        description="Your requests, the most recent activity first."
        actions={<ButtonLink href="/portal/tickets/new">New request</ButtonLink>}
      />
      <TicketFilters status={page.status} q={page.q} />
      {page.rows.length ? (
        <MyTicketList rows={page.rows} />
      ) : (
        <div className="rounded-2xl bg-white p-8 text-center ring-1 ring-slate-200">
          <p className="font-medium text-slate-900">{filtered ? 'No tickets match.' : 'You have no tickets yet.'}</p>
          <p className="mt-1 text-slate-600">
            {filtered ? 'Try another search or status.' : 'When you send a request, you can follow it here.'}
          </p>
        </div>
      )}
      {params.cursor || page.nextCursor ? (
        <nav aria-label="Pagination" className="flex justify-between gap-3">
          {params.cursor ? (
            <ButtonLink href={portalListHref({ status: page.status, q: page.q })} variant="secondary">
              Back to newest
            </ButtonLink>
          ) : (
            <span />
          )}
          {page.nextCursor ? (
            <ButtonLink href={portalListHref({ status: page.status, q: page.q, cursor: page.nextCursor })} variant="secondary">
              Older tickets
            </ButtonLink>
          ) : null}
        </nav>
      ) : null}
    </div>
  );
}
