import Link from 'next/link';
import { Badge } from '@/components/ui/badge';
import { RelativeTime } from '@/components/ui/relative-time';
import type { MailLogEntry } from '@/lib/mail/mail-log';
import { exactTime, mailKindLabel, mailStatusLabel, mailStatusTone } from './mail-labels';

function Outcome({ entry }: { entry: MailLogEntry }) {
  if (entry.status === 'sent' && entry.sentAt) {
    return (
      <span>
        Sent <RelativeTime date={entry.sentAt} />
      </span>
    );
  }
  if (entry.status === 'queued' && entry.attempts > 0) {
    return (
      <span>
        Next try <RelativeTime date={entry.nextAttemptAt} />
      </span>
    );
  }
  return null;
}

/** The outbox as a table: newest first, one row per mail, the subject opening its detail. */
export function MailList({ entries }: { entries: MailLogEntry[] }) {
  if (!entries.length) {
    return <p className="rounded-2xl bg-white p-8 text-center text-slate-600 ring-1 ring-slate-200">No mail here.</p>;
  }
  return (
    <div className="overflow-x-auto rounded-2xl bg-white shadow-sm ring-1 ring-slate-200">
      <table className="w-full min-w-[56rem] text-left text-sm">
        <caption className="sr-only">Outgoing mail, newest first</caption>
        <thead className="border-b border-slate-200 bg-slate-50 text-slate-700">
          <tr>
            <th scope="col" className="px-4 py-3 font-semibold">Queued</th>
            <th scope="col" className="px-4 py-3 font-semibold">Recipient</th>
            <th scope="col" className="px-4 py-3 font-semibold">Subject</th>
            <th scope="col" className="px-4 py-3 font-semibold">Kind</th>
            <th scope="col" className="px-4 py-3 font-semibold">Status</th>
            <th scope="col" className="px-4 py-3 text-right font-semibold">Attempts</th>
          </tr>
        </thead>
        <tbody className="divide-y divide-slate-100">
          {entries.map((entry) => (
            <tr key={entry.id} data-testid="mail-row" className="align-top">
              <td className="px-4 py-3 whitespace-nowrap text-slate-700">
                <time dateTime={entry.createdAt.toISOString()} title={exactTime(entry.createdAt)}>
                  <RelativeTime date={entry.createdAt} />
                </time>
              </td>
              <td className="px-4 py-3 break-all text-slate-900">{entry.recipientEmail}</td>
              <td className="px-4 py-3">
                <Link href={`/admin/mail/${entry.id}`} className="font-medium break-words text-brand-700 hover:underline">
                  {entry.subject}
                </Link>
                {entry.lastError && entry.status !== 'sent' ? <p className="mt-1 break-words text-red-800">{entry.lastError}</p> : null}
              </td>
              <td className="px-4 py-3 text-slate-700">{mailKindLabel(entry.kind)}</td>
              <td className="px-4 py-3">
                <Badge tone={mailStatusTone[entry.status]}>{mailStatusLabel[entry.status]}</Badge>
                <p className="mt-1 text-xs text-slate-600">
                  <Outcome entry={entry} />
                </p>
              </td>
              <td className="px-4 py-3 text-right tabular-nums text-slate-700">{entry.attempts}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
