import Link from 'next/link';

/** How the count reads, on the badge and to a screen reader; the count stops at a hundred. */
export function unreadLabel(unread: number): { badge: string; spoken: string } {
  if (unread > 99) return { badge: '99+', spoken: 'more than 99 unread' };
  return { badge: String(unread), spoken: `${unread} unread` };
}

/** The header's way to the notifications page; the badge shows only when something is unread. */
export function NotificationBell({ unread }: { unread: number }) {
  const label = unreadLabel(unread);
  return (
    <Link
      href="/notifications"
      aria-label={unread > 0 ? `Notifications, ${label.spoken}` : 'Notifications'}
      className="relative flex h-11 w-11 shrink-0 items-center justify-center rounded-lg text-slate-700 hover:bg-slate-100 hover:text-slate-900"
      data-testid="notification-bell"
    >
      <svg aria-hidden="true" viewBox="0 0 24 24" fill="none" stroke="currentColor" strokeWidth="1.8" strokeLinecap="round" strokeLinejoin="round" className="h-6 w-6">
        <path d="M6 8a6 6 0 1 1 12 0c0 7 3 9 3 9H3s3-2 3-9" />
        <path d="M10.3 21a1.94 1.94 0 0 0 3.4 0" />
      </svg>
      {unread > 0 ? (
        <span
          aria-hidden="true"
          className="absolute top-1 right-0.5 min-w-5 rounded-full bg-red-700 px-1 text-center text-xs leading-5 font-semibold text-white ring-2 ring-white"
          data-testid="notification-count"
        >
          {label.badge}
        </span>
      ) : null}
    </Link>
  );
}
