import Link from 'next/link';
import { PriorityBadge, StatusBadge } from '@/components/tickets/ticket-badges';
import { RelativeTime } from '@/components/ui/relative-time';
import type { MyTicketRow } from '@/lib/tickets/requester';

/** The customer's tickets as cards: one link per ticket, the rest as plain text beside it. */
export function MyTicketList({ rows }: { rows: MyTicketRow[] }) {
  return (
    <ul className="space-y-3" aria-label="Your tickets">
      {rows.map((row) => (
        <li key={row.number} className="relative rounded-2xl bg-white p-4 shadow-sm ring-1 ring-slate-200 hover:ring-brand-300 sm:p-5">
          <div className="flex flex-col gap-2 sm:flex-row sm:items-start sm:justify-between sm:gap-6">
            <div className="min-w-0">
              <h2 className="text-base font-semibold break-words text-slate-900">
                <Link href={`/portal/tickets/${row.number}`} className="after:absolute after:inset-0 after:rounded-2xl hover:text-brand-700 hover:underline">
                  {row.subject}
                </Link>
              </h2>
              <p className="mt-0.5 text-sm text-slate-600">
                <span className="font-mono">{row.number}</span> · {row.category}
              </p>
            </div>
            <div className="flex shrink-0 flex-wrap items-center gap-2 sm:justify-end">
              <StatusBadge status={row.status} />
              <PriorityBadge priority={row.priority} />
            </div>
          </div>
          <p className="mt-3 line-clamp-2 text-sm break-words text-slate-700">
            <span className="font-medium text-slate-900">{row.preview.from === 'support' ? row.preview.authorName : 'You'}:</span> {row.preview.text}
          </p>
          <p className="mt-2 text-xs text-slate-600">
            Last activity <RelativeTime date={row.lastActivityAt} />
          </p>
        </li>
      ))}
    </ul>
  );
}
