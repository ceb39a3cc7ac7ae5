import { RelativeTime } from '@/components/ui/relative-time';
import type { TimelineEntry } from '@/lib/tickets/requester';
import { statusLabel, type TicketStatus } from '@/lib/vocabulary';

function describe(entry: TimelineEntry, parentNumber: string | null): string {
  switch (entry.kind) {
    case 'created':
      return 'Request received';
    case 'status_changed':
    case 'auto_closed':
      return entry.to && entry.to in statusLabel ? `Status: ${statusLabel[entry.to as TicketStatus].toLowerCase()}` : 'Status changed';
    case 'feedback_given':
      return `Rated ${entry.to ?? '?'} out of 5`;
    case 'linked':
      return entry.to === parentNumber ? `Follow-up of ${entry.to}` : `Follow-up opened: ${entry.to ?? ''}`;
  }
}

/** What happened to the request, in order: the public events only. */
export function StatusTimeline({ entries, parentNumber }: { entries: TimelineEntry[]; parentNumber: string | null }) {
  return (
    <ol className="relative space-y-4 border-l-2 border-slate-200 pl-5">
      {entries.map((entry) => (
        <li key={entry.id} className="relative">
          <span aria-hidden="true" className="absolute top-1.5 -left-[1.6rem] h-3 w-3 rounded-full bg-white ring-2 ring-brand-600" />
          <p className="text-sm font-medium text-slate-900">{describe(entry, parentNumber)}</p>
          <p className="text-xs text-slate-600">
            {entry.actorName} · <RelativeTime date={entry.createdAt} />
          </p>
        </li>
      ))}
    </ol>
  );
}
