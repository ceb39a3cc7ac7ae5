'use client';

import Link from 'next/link';
import { useEffect, useState } from 'react';
import { Avatar } from '@/components/ui/avatar';
import { Badge } from '@/components/ui/badge';
import { RelativeTime, relativeTime } from '@/components/ui/relative-time';
import { PriorityBadge, StatusBadge } from '@/components/tickets/ticket-badges';
import type { QueueRow } from '@/lib/tickets/queue';
import { priorityLabel, statusLabel } from '@/lib/vocabulary';
import { DueBadge } from './due-badge';
import { SelectAll } from './select-all';

// A client component so that the page sends the rows' data once, not a serialised tree of every
// cell beside the HTML; it renders on the server all the same. One table for every width: on a
// phone the side columns hide and the ticket cell shows their gist. Cell padding is set on the
// table rather than on every cell, which keeps a 50-row page small.
const wide = 'hidden md:table-cell';

type Props = {
  rows: QueueRow[];
  caption: string;
  ticketBase?: string;
  /** The queue's query string, passed on to the ticket so that it can step to its neighbours. */
  from?: string;
  /**
   * Rows that arrive after the table first showed (a live re-read) wait behind a quiet "show"
   * bar instead of pushing the others down under the agent's pointer and cursor. Key the table
   * by its query, so that another view or page starts afresh.
   */
  holdNewRows?: boolean;
};

/** The queue's rows. Each carries its number for the keyboard shortcuts and a checkbox for the bulk form. */
export function QueueTable({ rows, caption, ticketBase = '/desk/tickets', from, holdNewRows = false }: Props) {
  const ticketQuery = from === undefined ? '' : `?${new URLSearchParams({ from })}`;
  const [known, setKnown] = useState(() => new Set(rows.map((row) => row.id)));
  const [revealed, setRevealed] = useState<string | null>(null);
  const shown = holdNewRows ? rows.filter((row) => known.has(row.id)) : rows;
  const waiting = rows.length - shown.length;

  // The bar goes once clicked: focus moves to the first ticket it brought in.
  useEffect(() => {
    if (revealed) document.querySelector<HTMLElement>(`[data-queue-row][data-number="${CSS.escape(revealed)}"] [data-queue-link]`)?.focus();
  }, [revealed]);

  const reveal = () => {
    setRevealed(rows.find((row) => !known.has(row.id))?.number ?? null);
    setKnown(new Set([...known, ...rows.map((row) => row.id)]));
  };

  return (
    <div className="space-y-3">
      {holdNewRows ? (
        <div aria-live="polite">
          {waiting > 0 ? (
            <button
              type="button"
              onClick={reveal}
              className="min-h-11 w-full rounded-xl bg-brand-50 px-4 py-3 text-left text-sm font-medium text-brand-900 ring-1 ring-brand-200 hover:bg-brand-100 focus-visible:outline-2 focus-visible:outline-brand-700"
              data-testid="new-tickets-bar"
            >
              {waiting === 1 ? '1 new ticket' : `${waiting} new tickets`} — show
            </button>
          ) : null}
        </div>
      ) : null}
      <div className="overflow-hidden rounded-2xl bg-white shadow-sm ring-1 ring-slate-200">
        <table
          className="w-full text-left text-sm [&_td]:px-3 [&_td]:py-3 [&_td]:align-top [&_td:first-child]:pr-1 [&_td:first-child]:pl-4 [&_th]:px-3 [&_th]:py-3 [&_th:first-child]:pr-1 [&_th:first-child]:pl-4"
          data-testid="queue-table"
        >
          <caption className="sr-only">{caption}</caption>
          <thead className="border-b border-slate-200 bg-slate-50 text-xs font-semibold tracking-wide text-slate-600 uppercase">
            <tr>
              <th scope="col" className="w-10">
                <SelectAll />
              </th>
              <th scope="col" className="md:w-[30%]">Ticket</th>
              <th scope="col" className={wide}>Requester</th>
              <th scope="col" className="hidden lg:table-cell">Category</th>
              <th scope="col" className={wide}>Priority</th>
              <th scope="col" className={wide}>Status</th>
              <th scope="col" className={wide}>Assignee</th>
              <th scope="col" className="hidden lg:table-cell">Age</th>
              <th scope="col" className={wide}>Activity</th>
            </tr>
          </thead>
          <tbody className="divide-y divide-slate-100 text-slate-700">
            {shown.map((row) => (
              <tr key={row.id} data-queue-row data-number={row.number} className="hover:bg-slate-50 data-[active=true]:bg-brand-50">
                <td>
                  <input type="checkbox" name="numbers" value={row.number} aria-label={`Select ${row.number}`} className="size-5 accent-brand-600" />
                </td>
                <td className="min-w-48">
                  <Link data-queue-link href={`${ticketBase}/${row.number}${ticketQuery}`} className="font-medium break-words text-slate-900 hover:text-brand-700 hover:underline">
                    {row.subject}
                  </Link>
                  <div className="mt-1 flex flex-wrap items-center gap-2 text-xs text-slate-600">
                    <span className="font-mono">{row.number}</span>
                    {row.needsReply ? <Badge tone="amber">Needs reply</Badge> : null}
                    {row.tags.map((tag) => (
                      <span key={tag} className="rounded-full bg-slate-100 px-2 py-0.5 text-slate-700 ring-1 ring-slate-200" data-testid="row-tag">
                        <span className="sr-only">Tag: </span>
                        {tag}
                      </span>
                    ))}
                    <DueBadge dueAt={row.slaDueAt} />
                    <span className="lg:hidden">{row.category}</span>
                    <span className="md:hidden" suppressHydrationWarning>
                      {statusLabel[row.status]} · {priorityLabel[row.priority]} · {row.requesterName} · {row.assignee ?? 'Unassigned'} ·{' '}
                      {relativeTime(row.lastActivityAt)}
                    </span>
                  </div>
                </td>
                <td className={`${wide} max-w-56`}>
                  <div className="flex items-center gap-2">
                    <Avatar id={row.requesterEmail.toLowerCase()} name={row.requesterName} />
                    <div className="min-w-0">
                      <div className="truncate text-slate-800">{row.requesterName}</div>
                      <div className="truncate text-xs text-slate-600">{row.requesterEmail}</div>
                    </div>
                  </div>
                </td>
                <td className="hidden lg:table-cell">{row.category}</td>
                <td className={wide}><PriorityBadge priority={row.priority} /></td>
                <td className={wide}><StatusBadge status={row.status} /></td>
                <td className={wide}>
                  {row.assignee && row.assigneeId ? (
                    <span className="inline-flex items-center gap-2">
                      <Avatar id={row.assigneeId} name={row.assignee} />
                      {row.assignee}
                    </span>
                  ) : (
                    <span className="text-slate-600">Unassigned</span>
                  )}
                </td>
                <td className="hidden whitespace-nowrap lg:table-cell"><RelativeTime date={row.createdAt} /></td>
                <td className={`${wide} whitespace-nowrap`}><RelativeTime date={row.lastActivityAt} /></td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>
    </div>
  );
}
