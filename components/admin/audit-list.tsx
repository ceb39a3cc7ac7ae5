import Link from 'next/link';
import { RelativeTime } from '@/components/ui/relative-time';
import type { AuditEntry } from '@/lib/audit/list-audit';
import { kindLabel, valueLabel } from './audit-labels';

function exact(date: Date): string {
  return `${date.toLocaleString('en-GB', { dateStyle: 'medium', timeStyle: 'medium', timeZone: 'UTC' })} UTC`;
}

function Subject({ entry }: { entry: AuditEntry }) {
  if (entry.ticketNumber) {
    return (
      <Link href={`/desk/tickets/${entry.ticketNumber}`} className="font-mono text-xs text-brand-700 hover:underline">
        {entry.ticketNumber}
      </Link>
    );
  }
  if (entry.subjectType === 'user' && entry.subjectId) {
    return (
      <Link href={`/admin/users/${entry.subjectId}`} className="break-all text-brand-700 hover:underline">
        {entry.subjectLabel ?? 'an account'}
      </Link>
    );
  }
  return entry.subjectLabel ? <span className="break-words">{entry.subjectLabel}</span> : null;
}

/** The merged trail, newest first: when, who, what, and the change from → to. */
export function AuditList({ entries }: { entries: AuditEntry[] }) {
  if (!entries.length) {
    return <p className="rounded-2xl bg-white p-8 text-center text-slate-600 ring-1 ring-slate-200">Nothing recorded matches these filters.</p>;
  }
  return (
    <ol className="divide-y divide-slate-100 overflow-hidden rounded-2xl bg-white shadow-sm ring-1 ring-slate-200" aria-label="Changes, newest first">
      {entries.map((entry) => (
        <li key={`${entry.source}-${entry.id}`} className="grid gap-1 p-4 text-sm sm:px-5 lg:grid-cols-[11rem_12rem_1fr] lg:gap-4" data-testid="audit-entry">
          <p className="text-slate-600">
            <time dateTime={entry.createdAt.toISOString()}>{exact(entry.createdAt)}</time>
            <span className="block text-xs">
              <RelativeTime date={entry.createdAt} />
            </span>
          </p>
          <p className="font-medium break-words text-slate-900">{entry.actorName}</p>
          <div className="min-w-0">
            <p className="flex flex-wrap items-baseline gap-x-2">
              <span className="font-semibold text-slate-900">{kindLabel(entry.source, entry.kind)}</span>
              <Subject entry={entry} />
            </p>
            {entry.from || entry.to ? (
              <p className="mt-0.5 break-words text-slate-700">
                {entry.from ? <span>{valueLabel(entry.from)}</span> : null}
                {entry.from && entry.to ? (
                  <>
                    <span aria-hidden="true"> → </span>
                    <span className="sr-only"> to </span>
                  </>
                ) : null}
                {entry.to ? <span>{valueLabel(entry.to)}</span> : null}
              </p>
            ) : null}
            {entry.reason ? <p className="mt-0.5 break-words text-slate-600">Reason: {entry.reason}</p> : null}
          </div>
        </li>
      ))}
    </ol>
  );
}
