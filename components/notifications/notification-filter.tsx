import Link from 'next/link';
import { cn } from '@/components/ui/cn';
import type { NotificationFilter as Filter } from '@/lib/notifications';

const labels: Record<Filter, string> = { all: 'All', unread: 'Unread' };

export function notificationsHref(query: { show?: Filter; cursor?: string | null; done?: string }): string {
  const params = new URLSearchParams();
  if (query.show && query.show !== 'all') params.set('show', query.show);
  if (query.cursor) params.set('cursor', query.cursor);
  if (query.done) params.set('done', query.done);
  const search = params.toString();
  return search ? `/notifications?${search}` : '/notifications';
}

/** All or only unread, as two links: the current one is marked for assistive technology too. */
export function NotificationFilter({ current }: { current: Filter }) {
  return (
    <nav aria-label="Show" className="flex gap-1 rounded-xl bg-slate-100 p-1 sm:inline-flex">
      {(Object.keys(labels) as Filter[]).map((filter) => (
        <Link
          key={filter}
          href={notificationsHref({ show: filter })}
          aria-current={filter === current ? 'page' : undefined}
          className={cn(
            'flex min-h-11 flex-1 items-center justify-center rounded-lg px-4 text-sm font-medium sm:flex-none',
            filter === current ? 'bg-white text-slate-900 shadow-sm ring-1 ring-slate-200' : 'text-slate-700 hover:text-slate-900',
          )}
        >
          {labels[filter]}
        </Link>
      ))}
    </nav>
  );
}
