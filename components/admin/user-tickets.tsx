import Link from 'next/link';
import { StatusBadge } from '@/components/tickets/ticket-badges';
import { RelativeTime } from '@/components/ui/relative-time';
import type { UserTicket } from '@/lib/users/search-users';

/** A short list of a person's tickets, each opening on the desk. */
export function UserTickets({ title, id, count, latest, empty }: { title: string; id: string; count: number; latest: UserTicket[]; empty: string }) {
  return (
    <section aria-labelledby={id} className="rounded-2xl bg-white p-6 shadow-sm ring-1 ring-slate-200">
      <h2 id={id} className="text-base font-semibold text-slate-900">
        {title} <span className="font-normal text-slate-600">({count.toLocaleString('en')})</span>
      </h2>
      {latest.length ? (
        <>
          {count > latest.length ? <p className="mt-1 text-sm text-slate-600">The latest {latest.length}, by activity.</p> : null}
          <ul className="mt-4 divide-y divide-slate-100">
            {latest.map((ticket) => (
              <li key={ticket.number} className="py-3">
                <Link href={`/desk/tickets/${ticket.number}`} className="font-medium break-words text-slate-900 hover:text-brand-700 hover:underline">
                  {ticket.subject}
                </Link>
                <p className="mt-1 flex flex-wrap items-center gap-2 text-sm text-slate-600">
                  <span className="font-mono text-xs">{ticket.number}</span>
                  <StatusBadge status={ticket.status} />
                  <span>
                    opened <RelativeTime date={ticket.createdAt} />
                  </span>
                </p>
              </li>
            ))}
          </ul>
        </>
      ) : (
        <p className="mt-3 text-sm text-slate-600">{empty}</p>
      )}
    </section>
  );
}
