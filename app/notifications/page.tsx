import type { Metadata } from 'next';
import { NotificationFilter, notificationsHref } from '@/components/notifications/notification-filter';
import { NotificationForm } from '@/components/notifications/notification-form';
import { NotificationList } from '@/components/notifications/notification-list';
import { ButtonLink } from '@/components/ui/button';
import { PageHeader } from '@/components/ui/page-header';
import { StatusNotice } from '@/components/ui/status-notice';
import { forPage } from '@/lib/auth/page-guard';
import { getActor } from '@/lib/auth/session';
import { countUnreadNotifications, listNotifications } from '@/lib/notifications';
import { markAllReadAction, markReadAction } from './actions';

export const metadata: Metadata = { title: 'Notifications' };

type SearchParams = Promise<Record<string, string | string[] | undefined>>;

const first = (value: string | string[] | undefined) => (Array.isArray(value) ? value[0] : value);

const notices: Record<string, string> = {
  'all-read': 'All notifications are marked read.',
  missing: 'That notification is no longer there.',
};

export default async function NotificationsPage({ searchParams }: { searchParams: SearchParams }) {
  const params = await searchParams;
  const cursor = first(params.cursor);
  const actor = await getActor();
  const { page, unread } = await forPage(
    async () => ({
      page: await listNotifications(actor, { show: first(params.show), cursor }),
      unread: await countUnreadNotifications(actor),
    }),
    '/notifications',
  );
  const notice = notices[first(params.done) ?? ''];
  const here = notificationsHref({ show: page.show, cursor });

  return (
    <div className="space-y-6">
      <PageHeader
        title="Notifications"
        description={unread ? `${unread > 99 ? 'More than 99' : unread} unread.` : 'Nothing unread.'}
        actions={unread ? <NotificationForm action={markAllReadAction} label="Mark all as read" /> : null}
      />
      {notice ? <StatusNotice testId="notice">{notice}</StatusNotice> : null}
      <NotificationFilter current={page.show} />
      {page.entries.length ? (
        <NotificationList entries={page.entries} markRead={markReadAction} returnTo={here} />
      ) : (
        <div className="rounded-2xl bg-white p-8 text-center ring-1 ring-slate-200" data-testid="no-notifications">
          <p className="font-medium text-slate-900">{page.show === 'unread' ? 'You are all caught up.' : 'No notifications yet.'}</p>
          <p className="mt-1 text-slate-600">News about your tickets and your account will show up here.</p>
        </div>
      )}
      {cursor || page.nextCursor ? (
        <nav aria-label="Pagination" className="flex justify-between gap-3">
          {cursor ? (
            <ButtonLink href={notificationsHref({ show: page.show })} variant="secondary">
              Back to newest
            </ButtonLink>
          ) : (
            <span />
          )}
          {page.nextCursor ? (
            <ButtonLink href={notificationsHref({ show: page.show, cursor: page.nextCursor })} variant="secondary" rel="next">
              Older
            </ButtonLink>
          ) : null}
        </nav>
      ) : null}
    </div>
  );
}
