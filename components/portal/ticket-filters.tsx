import Form from 'next/form';
import Link from 'next/link';
import { Button } from '@/components/ui/button';
import { cn } from '@/components/ui/cn';
import type { MyTicketFilter } from '@/lib/tickets/requester';

const filters: Array<{ value: MyTicketFilter; label: string }> = [
  { value: 'all', label: 'All' },
  { value: 'open', label: 'Open' },
  { value: 'resolved', label: 'Resolved' },
  { value: 'closed', label: 'Closed' },
];

export function portalListHref(params: { status?: MyTicketFilter; q?: string | null; cursor?: string | null }): string {
  const query = new URLSearchParams();
  if (params.status && params.status !== 'all') query.set('status', params.status);
  if (params.q) query.set('q', params.q);
  if (params.cursor) query.set('cursor', params.cursor);
  const text = query.toString();
  return text ? `/portal/tickets?${text}` : '/portal/tickets';
}

const pill = 'inline-flex min-h-11 items-center rounded-full px-4 text-sm font-medium ring-1 ring-inset';

/** Status pills and a search box; both live in the URL (plain links and a GET form, no JavaScript needed). */
export function TicketFilters({ status, q }: { status: MyTicketFilter; q: string | null }) {
  return (
    <div className="space-y-4">
      <Form action="/portal/tickets" role="search" aria-label="Your tickets" className="flex flex-col gap-3 sm:flex-row sm:items-end">
        <div className="flex-1">
          <label htmlFor="portal-q" className="block text-sm font-medium text-slate-800">
            Search your tickets
          </label>
          <input
            id="portal-q"
            name="q"
            type="search"
            defaultValue={q ?? ''}
            maxLength={200}
            placeholder="Words or a ticket number"
            autoComplete="off"
            className="mt-1.5 block w-full rounded-lg border-0 bg-white px-3 py-2.5 text-base text-slate-900 shadow-sm ring-1 ring-inset ring-slate-300 placeholder:text-slate-500 focus:ring-2 focus:ring-inset focus:ring-brand-600 focus:outline-none sm:text-sm"
          />
        </div>
        {status !== 'all' ? <input type="hidden" name="status" value={status} /> : null}
        <Button type="submit" variant="secondary">
          Search
        </Button>
      </Form>
      <nav aria-label="Filter by status">
        <ul className="flex flex-wrap gap-2">
          {filters.map((filter) => {
            const current = filter.value === status;
            return (
              <li key={filter.value}>
                <Link
                  href={portalListHref({ status: filter.value, q })}
                  aria-current={current ? 'page' : undefined}
                  className={cn(pill, current ? 'bg-brand-700 text-white ring-brand-700' : 'bg-white text-slate-700 ring-slate-300 hover:bg-slate-50')}
                >
                  {filter.label}
                </Link>
              </li>
            );
          })}
        </ul>
      </nav>
    </div>
  );
}
