import { Badge } from '@/components/ui/badge';
import { Button } from '@/components/ui/button';
import { RelativeTime } from '@/components/ui/relative-time';
import type { FormAction } from '@/lib/forms/form-state';
import type { WebhookDeliveryEntry } from '@/lib/webhooks/delivery-log';
import { ActionForm } from './action-form';
import { exactTime } from './mail-labels';
import { deliveryStatusLabel, deliveryStatusTone } from './webhook-labels';

/** One endpoint's deliveries, newest first: how each went, its payload, and "Send again". */
export function WebhookDeliveries({ entries, resend }: { entries: WebhookDeliveryEntry[]; resend: FormAction }) {
  if (!entries.length) {
    return <p className="rounded-2xl bg-white p-8 text-center text-slate-600 ring-1 ring-slate-200">Nothing sent yet: deliveries appear here with the next ticket event.</p>;
  }
  return (
    <ol className="divide-y divide-slate-100 overflow-hidden rounded-2xl bg-white shadow-sm ring-1 ring-slate-200">
      {entries.map((entry) => (
        <li key={entry.id} className="space-y-2 p-4 sm:p-5" data-testid="delivery-row">
          <div className="flex flex-wrap items-center gap-x-3 gap-y-1">
            <span className="font-mono text-sm font-medium text-slate-900">{entry.eventType}</span>
            <Badge tone={deliveryStatusTone[entry.status]}>{deliveryStatusLabel[entry.status]}</Badge>
            <time dateTime={entry.createdAt.toISOString()} title={exactTime(entry.createdAt)} className="text-sm text-slate-600">
              <RelativeTime date={entry.createdAt} />
            </time>
          </div>
          <dl className="grid grid-cols-2 gap-x-4 gap-y-1 text-sm sm:grid-cols-4">
            <div>
              <dt className="text-slate-600">Answer</dt>
              <dd className="tabular-nums text-slate-900">{entry.lastStatusCode ?? '—'}</dd>
            </div>
            <div>
              <dt className="text-slate-600">Took</dt>
              <dd className="tabular-nums text-slate-900">{entry.lastDurationMs === null ? '—' : `${entry.lastDurationMs} ms`}</dd>
            </div>
            <div>
              <dt className="text-slate-600">Attempts</dt>
              <dd className="tabular-nums text-slate-900">{entry.attempts}</dd>
            </div>
            <div>
              <dt className="text-slate-600">{entry.status === 'delivered' ? 'Delivered' : entry.status === 'queued' ? 'Next try' : 'Message id'}</dt>
              <dd className="break-all text-slate-900">
                {entry.status === 'delivered' && entry.deliveredAt ? (
                  <RelativeTime date={entry.deliveredAt} />
                ) : entry.status === 'queued' ? (
                  <RelativeTime date={entry.nextAttemptAt} />
                ) : (
                  <span className="font-mono text-xs">{entry.eventId}</span>
                )}
              </dd>
            </div>
          </dl>
          {entry.lastError ? <p className="text-sm break-words text-red-800">{entry.lastError}</p> : null}
          <div className="flex flex-wrap items-start justify-between gap-3">
            <details className="min-w-0 flex-1">
              <summary className="min-h-11 cursor-pointer py-2 text-sm font-medium text-brand-700">Payload</summary>
              <pre tabIndex={0} aria-label={`Payload of ${entry.eventType}`} className="max-h-96 overflow-auto rounded-lg bg-slate-50 p-3 text-xs text-slate-900 ring-1 ring-slate-200">{JSON.stringify(entry.payload, null, 2)}</pre>
            </details>
            {entry.canResend ? (
              <ActionForm action={resend} fields={{ id: entry.id }}>
                <Button type="submit" variant="secondary" className="px-3">
                  Send again<span className="sr-only"> {entry.eventType} of {entry.createdAt.toISOString()}</span>
                </Button>
              </ActionForm>
            ) : null}
          </div>
        </li>
      ))}
    </ol>
  );
}
