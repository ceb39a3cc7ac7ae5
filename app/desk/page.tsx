import type { Metadata } from 'next';
import { BulkForm } from '@/components/desk/bulk-form';
import { LiveQueue } from '@/components/live/live-queue';
import { QueueFilterForm } from '@/components/desk/queue-filter-form';
import { QueueKeyboard } from '@/components/desk/queue-keyboard';
import { QueueTable } from '@/components/desk/queue-table';
import { QueueViewTabs } from '@/components/desk/queue-view-tabs';
import { ButtonLink } from '@/components/ui/button';
import { PageHeader } from '@/components/ui/page-header';
import { isAdmin } from '@/lib/access/actor';
import { forPage } from '@/lib/auth/page-guard';
import { getActor } from '@/lib/auth/session';
import { listActiveCategories } from '@/lib/categories/list';
import { suggestTags } from '@/lib/tags/suggest';
import { listDeskStaff } from '@/lib/tickets/workspace';
import { countQueueViews, listQueue, queueHref, sortLabel, viewLabel } from '@/lib/tickets/queue';
import { ticketPriorities, ticketStatuses } from '@/lib/vocabulary';
import { assignToMeAction, bulkUpdateAction } from './actions';

export const metadata: Metadata = { title: 'Desk' };

type Props = { searchParams: Promise<Record<string, string | string[] | undefined>> };

export default async function DeskPage({ searchParams }: Props) {
  const params = await searchParams;
  const actor = await getActor();
  const [page, counts, staff, categories, tagOptions] = await forPage(
    () => Promise.all([listQueue(actor, params), countQueueViews(actor), listDeskStaff(actor), listActiveCategories(), suggestTags(actor, { limit: 100 })]),
    '/desk',
  );
  const { query } = page;
  const order = page.ranked ? 'best match first' : query.view === 'due' ? 'next due first' : `by ${sortLabel[query.sort].toLowerCase()}`;
  const caption = `${viewLabel[query.view]} tickets${query.q ? ` matching “${query.q}”` : ''}, ${order}`;

  return (
    <div className="space-y-5">
      <PageHeader
        title="Desk"
        description="Pick a view, narrow it down, and work through the queue."
        actions={
          <>
            <QueueKeyboard assignToMe={assignToMeAction} />
            {isAdmin(actor) ? (
              <ButtonLink href="/desk/settings" variant="secondary">
                Settings
              </ButtonLink>
            ) : null}
          </>
        }
      />
      <QueueViewTabs query={query} counts={counts} wideHidden />
      <QueueFilterForm query={query} categories={categories} staff={staff} tags={tagOptions.map((tag) => tag.name)} dateErrors={page.dateErrors} />

      {page.exactNumber ? (
        <p className="rounded-xl bg-brand-50 p-3 text-sm text-brand-900 ring-1 ring-brand-200">
          Ticket number match:{' '}
          <a href={`/desk/tickets/${page.exactNumber}`} className="font-semibold underline">
            open {page.exactNumber}
          </a>
        </p>
      ) : null}
      <LiveQueue />
      <h2 className="text-lg font-semibold text-slate-900" data-testid="queue-heading">
        {caption}
      </h2>
      {page.capped ? (
        <p className="text-sm text-slate-600">
          Many tickets match: these are the best among the most recent matches. Add words or filters to reach older ones.
        </p>
      ) : null}

      {page.rows.length === 0 ? (
        <p className="rounded-2xl bg-white p-8 text-center text-slate-600 ring-1 ring-slate-200" data-testid="queue-empty">
          {query.q || query.cursor ? 'No tickets match in this view.' : 'Nothing here. Well done!'}
        </p>
      ) : (
        <BulkForm action={bulkUpdateAction} statuses={ticketStatuses} priorities={ticketPriorities} archived={query.view === 'archived'}>
          <QueueTable key={queueHref(query)} rows={page.rows} caption={caption} from={queueHref({ ...query, cursor: undefined }, '').slice(1)} holdNewRows />
        </BulkForm>
      )}

      <nav aria-label="Pages" className="flex justify-between gap-3">
        {query.cursor ? (
          <ButtonLink href={queueHref({ ...query, cursor: undefined })} variant="secondary">
            First page
          </ButtonLink>
        ) : (
          <span />
        )}
        {page.nextCursor ? (
          <ButtonLink href={queueHref({ ...query, cursor: page.nextCursor })} variant="secondary" rel="next">
            Next page
          </ButtonLink>
        ) : null}
      </nav>
    </div>
  );
}
