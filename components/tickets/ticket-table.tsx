import Link from 'next/link';
import { RelativeTime } from '@/components/ui/relative-time';
import type { TicketRow } from '@/lib/tickets/list-tickets';
import { PriorityBadge, StatusBadge } from './ticket-badges';

/** Staff queue rows: a table on wide screens, stacked cards on a phone. */
export function TicketTable({ rows, hrefFor }: { rows: TicketRow[]; hrefFor: (number: string) => string }) {
  if (rows.length === 0) {
    return <p className="rounded-2xl bg-white p-8 text-center text-slate-600 ring-1 ring-slate-200">No tickets here yet.</p>;
  }
  return (
    <div className="overflow-hidden rounded-2xl bg-white shadow-sm ring-1 ring-slate-200">
      <table className="hidden w-full text-left text-sm md:table">
        <caption className="sr-only">Tickets, most recent activity first</caption>
        <thead className="border-b border-slate-200 bg-slate-50 text-xs font-semibold tracking-wide text-slate-600 uppercase">
          <tr>
            <th scope="col" className="px-4 py-3">Ticket</th>
            <th scope="col" className="px-4 py-3">Requester</th>
            <th scope="col" className="px-4 py-3">Category</th>
            <th scope="col" className="px-4 py-3">Priority</th>
            <th scope="col" className="px-4 py-3">Status</th>
            <th scope="col" className="px-4 py-3">Assignee</th>
            <th scope="col" className="px-4 py-3">Activity</th>
          </tr>
        </thead>
        <tbody className="divide-y divide-slate-100">
          {rows.map((row) => (
            <tr key={row.id} className="hover:bg-slate-50">
              <td className="max-w-md px-4 py-3">
                <Link href={hrefFor(row.number)} className="font-medium text-slate-900 hover:text-brand-700 hover:underline">
                  {row.subject}
                </Link>
                <div className="mt-0.5 flex items-center gap-2 font-mono text-xs text-slate-500">
                  {row.number}
                  {row.needsReply ? <span className="font-sans font-semibold text-amber-800">· Needs reply</span> : null}
                </div>
              </td>
              <td className="px-4 py-3 text-slate-700">{row.requesterName}</td>
              <td className="px-4 py-3 text-slate-700">{row.category}</td>
              <td className="px-4 py-3"><PriorityBadge priority={row.priority} /></td>
              <td className="px-4 py-3"><StatusBadge status={row.status} /></td>
              <td className="px-4 py-3 text-slate-700">{row.assignee ?? <span className="text-slate-500">Unassigned</span>}</td>
              <td className="px-4 py-3 whitespace-nowrap text-slate-600"><RelativeTime date={row.lastActivityAt} /></td>
            </tr>
          ))}
        </tbody>
      </table>
      <ul className="divide-y divide-slate-100 md:hidden">
        {rows.map((row) => (
          <li key={row.id} className="p-4">
            <Link href={hrefFor(row.number)} className="font-medium text-slate-900 hover:underline">
              {row.subject}
            </Link>
            <p className="mt-1 font-mono text-xs text-slate-500">{row.number} · {row.requesterName}</p>
            <div className="mt-2 flex flex-wrap items-center gap-2 text-xs text-slate-600">
              <StatusBadge status={row.status} />
              <PriorityBadge priority={row.priority} />
              <span>{row.category}</span>
              <span>· <RelativeTime date={row.lastActivityAt} /></span>
            </div>
          </li>
        ))}
      </ul>
    </div>
  );
}
