import Link from 'next/link';
import { Badge } from '@/components/ui/badge';
import { RelativeTime } from '@/components/ui/relative-time';
import { PriorityBadge, StatusBadge } from '@/components/tickets/ticket-badges';
import type { QueueRow } from '@/lib/tickets/queue-rows';
import { SelectAll } from './select-all';

const hrefFor = (number: string) => `/desk/tickets/${number}`;

function NeedsReply() {
  return <Badge tone="amber">Needs reply</Badge>;
}

/**
 * The queue's rows: a table on wide screens, stacked cards on a phone. Each row carries its
 * number for the keyboard shortcuts (queue-keyboard.tsx) and a checkbox for the bulk form.
 */
export function QueueTable({ rows, caption }: { rows: QueueRow[]; caption: string }) {
  return (
    <div className="overflow-hidden rounded-2xl bg-white shadow-sm ring-1 ring-slate-200">
      <table className="hidden w-full text-left text-sm md:table" data-testid="queue-table">
        <caption className="sr-only">{caption}</caption>
        <thead className="border-b border-slate-200 bg-slate-50 text-xs font-semibold tracking-wide text-slate-600 uppercase">
          <tr>
            <th scope="col" className="w-10 py-3 pr-1 pl-4">
              <SelectAll />
            </th>
            <th scope="col" className="px-3 py-3">Ticket</th>
            <th scope="col" className="px-3 py-3">Requester</th>
            <th scope="col" className="px-3 py-3">Category</th>
            <th scope="col" className="px-3 py-3">Priority</th>
            <th scope="col" className="px-3 py-3">Status</th>
            <th scope="col" className="px-3 py-3">Assignee</th>
            <th scope="col" className="px-3 py-3">Age</th>
            <th scope="col" className="px-3 py-3">Activity</th>
          </tr>
        </thead>
        <tbody className="divide-y divide-slate-100">
          {rows.map((row) => (
            <tr key={row.id} data-queue-row data-number={row.number} className="hover:bg-slate-50 data-[active=true]:bg-brand-50">
              <td className="py-3 pr-1 pl-4 align-top">
                <input type="checkbox" name="numbers" value={row.number} aria-label={`Select ${row.number}`} className="size-5 accent-brand-600" />
              </td>
              <td className="min-w-56 px-3 py-3 align-top">
                <Link data-queue-link href={hrefFor(row.number)} className="font-medium break-words text-slate-900 hover:text-brand-700 hover:underline">
                  {row.subject}
                </Link>
                <div className="mt-1 flex flex-wrap items-center gap-2 text-xs text-slate-600">
                  <span className="font-mono">{row.number}</span>
                  {row.needsReply ? <NeedsReply /> : null}
                </div>
              </td>
              <td className="max-w-48 px-3 py-3 align-top">
                <div className="truncate text-slate-800">{row.requesterName}</div>
                <div className="truncate text-xs text-slate-600">{row.requesterEmail}</div>
              </td>
              <td className="px-3 py-3 align-top text-slate-700">{row.category}</td>
              <td className="px-3 py-3 align-top"><PriorityBadge priority={row.priority} /></td>
              <td className="px-3 py-3 align-top"><StatusBadge status={row.status} /></td>
              <td className="px-3 py-3 align-top text-slate-700">{row.assignee ?? <span className="text-slate-600">Unassigned</span>}</td>
              <td className="px-3 py-3 align-top whitespace-nowrap text-slate-600"><RelativeTime date={row.createdAt} /></td>
              <td className="px-3 py-3 align-top whitespace-nowrap text-slate-600"><RelativeTime date={row.lastActivityAt} /></td>
            </tr>
          ))}
        </tbody>
      </table>
      <ul className="divide-y divide-slate-100 md:hidden" aria-label={caption}>
        {rows.map((row) => (
          <li key={row.id} data-queue-row data-number={row.number} className="flex gap-3 p-4 data-[active=true]:bg-brand-50">
            <input type="checkbox" name="numbers" value={row.number} aria-label={`Select ${row.number}`} className="mt-1 size-5 shrink-0 accent-brand-600" />
            <div className="min-w-0">
              <Link data-queue-link href={hrefFor(row.number)} className="font-medium break-words text-slate-900 hover:underline">
                {row.subject}
              </Link>
              <p className="mt-1 truncate text-xs text-slate-600">
                <span className="font-mono">{row.number}</span> · {row.requesterName}
              </p>
              <div className="mt-2 flex flex-wrap items-center gap-2 text-xs text-slate-600">
                <StatusBadge status={row.status} />
                <PriorityBadge priority={row.priority} />
                {row.needsReply ? <NeedsReply /> : null}
                <span>{row.category}</span>
                <span>· {row.assignee ?? 'Unassigned'}</span>
                <span>· <RelativeTime date={row.lastActivityAt} /></span>
              </div>
            </div>
          </li>
        ))}
      </ul>
    </div>
  );
}
