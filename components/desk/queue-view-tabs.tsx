import Link from 'next/link';
import { cn } from '@/components/ui/cn';
import { queueHref, type QueueQuery, type QueueView, queueViews, type ViewCount, viewLabel } from '@/lib/tickets/queue';

export function formatCount({ count, capped }: ViewCount): string {
  return `${count.toLocaleString('en')}${capped ? '+' : ''}`;
}

/**
 * The queue's views with their counts; switching view keeps the search and filters. `wideHidden`
 * leaves wide screens to the sidebar, which lists the same views.
 */
export function QueueViewTabs({
  query,
  counts,
  basePath = '/desk',
  wideHidden = false,
}: {
  query: QueueQuery;
  counts: Record<QueueView, ViewCount>;
  basePath?: string;
  wideHidden?: boolean;
}) {
  return (
    <nav aria-label="Queue views" className={cn('-mx-4 overflow-x-auto px-4 sm:mx-0 sm:px-0', wideHidden && 'lg:hidden')}>
      <ul className="flex min-w-max gap-1 border-b border-slate-200">
        {queueViews.map((view) => {
          const current = view === query.view;
          return (
            <li key={view}>
              <Link
                href={queueHref({ ...query, view, status: undefined, cursor: undefined }, basePath)}
                aria-current={current ? 'page' : undefined}
                className={cn(
                  '-mb-px flex min-h-11 items-center gap-2 border-b-2 px-3 text-sm font-medium whitespace-nowrap',
                  current ? 'border-brand-600 text-brand-800' : 'border-transparent text-slate-600 hover:border-slate-300 hover:text-slate-900',
                )}
              >
                {viewLabel[view]}
                <span
                  data-testid={`count-${view}`}
                  className={cn('rounded-full px-2 py-0.5 text-xs font-semibold', current ? 'bg-brand-100 text-brand-800' : 'bg-slate-100 text-slate-700')}
                >
                  {formatCount(counts[view])}
                </span>
              </Link>
            </li>
          );
        })}
      </ul>
    </nav>
  );
}
