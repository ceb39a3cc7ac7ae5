import { RelativeTime } from '@/components/ui/relative-time';
import { cn } from '@/components/ui/cn';
import type { FormAction } from '@/lib/forms/form-state';
import type { NotificationEntry } from '@/lib/notifications';
import { NotificationForm } from './notification-form';

type Props = {
  entries: NotificationEntry[];
  markRead: FormAction;
  /** The list page the "Mark read" buttons come back to. */
  returnTo: string;
};

/** Each entry opens through /notifications/<id>/open, which marks it read on the way. */
export function NotificationList({ entries, markRead, returnTo }: Props) {
  return (
    <ul aria-label="Notifications" className="divide-y divide-slate-200 overflow-hidden rounded-2xl bg-white ring-1 ring-slate-200" data-testid="notification-list">
      {entries.map((entry) => (
        <li
          key={entry.id}
          className={cn('flex items-start gap-3 px-4 py-3 sm:px-6', entry.unread && 'bg-brand-50/60')}
          data-testid="notification"
          data-unread={entry.unread || undefined}
        >
          <span
            aria-hidden="true"
            className={cn('mt-2 h-2.5 w-2.5 shrink-0 rounded-full', entry.unread ? 'bg-brand-600' : 'bg-transparent ring-1 ring-slate-300')}
          />
          <div className="min-w-0 flex-1">
            {/* A plain link: Next's Link would prefetch it, and a prefetch must not mark anything read. */}
            <a
              href={`/notifications/${entry.id}/open`}
              className={cn('block py-0.5 break-words text-slate-900 hover:underline', entry.unread ? 'font-semibold' : 'font-normal')}
            >
              {entry.unread ? <span className="sr-only">Unread: </span> : null}
              {entry.title}
            </a>
            <div className="flex min-h-11 flex-wrap items-center justify-between gap-x-4">
              <p className="text-sm text-slate-600">
                <RelativeTime date={entry.createdAt} />
              </p>
              {entry.unread ? <NotificationForm action={markRead} label="Mark read" about={entry.title} variant="ghost" fields={{ id: entry.id, returnTo }} /> : null}
            </div>
          </div>
        </li>
      ))}
    </ul>
  );
}
