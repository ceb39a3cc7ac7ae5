import type { Metadata } from 'next';
import { BulkForm } from '@/components/desk/bulk-form';
import { QueueFilterForm } from '@/components/desk/queue-filter-form';
import { QueueTable } from '@/components/desk/queue-table';
import { QueueViewTabs } from '@/components/desk/queue-view-tabs';
import { buttonClass, ButtonLink } from '@/components/ui/button';
import { PageHeader } from '@/components/ui/page-header';
import { StatusNotice } from '@/components/ui/status-notice';
import { assertCan } from '@/lib/access/permissions';
import { forPage } from '@/lib/auth/page-guard';
import { getActor } from '@/lib/auth/session';
import { listActiveCategories } from '@/lib/categories/list';
import { suggestTags } from '@/lib/tags/suggest';
import { listDeskStaff } from '@/lib/tickets/workspace';
import { countQueueViews, listQueue, queueHref, sortLabel, viewLabel } from '@/lib/tickets/queue';
import { ticketPriorities, ticketStatuses } from '@/lib/vocabulary';
import { adminBulkAction } from './actions';

export const metadata: Metadata = { title: 'Tickets · Admin' };

const BASE = '/admin/tickets';
const EXPORT = '/admin/tickets/export.csv';

type Props = { searchParams: Promise<Record<string, string | string[] | undefined>> };

/** Every ticket, through the desk's own queue, with the admin's reassign, delete and export on top. */
export default async function AdminTicketsPage({ searchParams }: Props) {
  const params = await searchParams;
  const actor = await getActor();
  const [page, counts, staff, categories, tagOptions] = await forPage(async () => {
    assertCan(actor, 'ticket:export');
    return Promise.all([listQueue(actor, params), countQueueViews(actor), listDeskStaff(actor), listActiveCategories(), suggestTags(actor, { limit: 100 })]);
  }, BASE);
  const { query } = page;
  const order = page.ranked ? 'best match first' : query.view === 'due' ? 'next due first' : `by ${sortLabel[query.sort].toLowerCase()}`;
  const caption = `${viewLabel[query.view]} tickets${query.q ? ` matching “${query.q}”` : ''}, ${order}`;
  const exportHref = queueHref({ ...query, cursor: undefined }, EXPORT);
  const deleted = typeof params.deleted === 'string' ? params.deleted.slice(0, 40) : null;

  return (
    <div className="space-y-5">
      <PageHeader
        title="Tickets"
        description="Every ticket, live or archived: reassign, archive, restore, delete and export."
        actions={
          <>
            {/* Plain links: a download from a route handler, not a page for the client router. */}
            <a href={exportHref} download className={buttonClass('secondary')} data-testid="export-filtered">
              Export this list (CSV)
            </a>
            <a href={`${EXPORT}?view=all`} download className={buttonClass('secondary')}>
              Export every ticket
            </a>
          </>
        }
      />
      {deleted ? (
        <StatusNotice testId="admin-notice">
          Ticket <span className="font-mono">{deleted}</span> is deleted; the audit log keeps its trail.
        </StatusNotice>
      ) : null}
      <QueueViewTabs query={query} counts={counts} basePath={BASE} />
      <QueueFilterForm query={query} categories={categories} staff={staff} basePath={BASE} tags={tagOptions.map((tag) => tag.name)} dateErrors={page.dateErrors} />
      <h2 className="text-lg font-semibold text-slate-900" data-testid="queue-heading">
        {caption}
      </h2>
      {page.capped ? (
        <p className="text-sm text-slate-600">Many tickets match: these are the best among the most recent matches.</p>
      ) : null}
      {page.rows.length === 0 ? (
        <p className="rounded-2xl bg-white p-8 text-center text-slate-600 ring-1 ring-slate-200" data-testid="queue-empty">
          No tickets match in this view.
        </p>
      ) : (
        <BulkForm
          action={adminBulkAction}
          statuses={ticketStatuses}
          priorities={ticketPriorities}
          archived={query.view === 'archived'}
          oversight={{ staff, exportPath: EXPORT }}
        >
          <QueueTable rows={page.rows} caption={caption} ticketBase={BASE} />
        </BulkForm>
      )}
      <nav aria-label="Pages" className="flex justify-between gap-3">
        {query.cursor ? (
          <ButtonLink href={queueHref({ ...query, cursor: undefined }, BASE)} variant="secondary">
            First page
          </ButtonLink>
        ) : (
          <span />
        )}
        {page.nextCursor ? (
          <ButtonLink href={queueHref({ ...query, cursor: page.nextCursor }, BASE)} variant="secondary" rel="next">
            Next page
          </ButtonLink>
        ) : null}
      </nav>
    </div>
  );
}
