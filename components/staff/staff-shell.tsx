import Form from 'next/form';
import type { ReactNode } from 'react';
import { formatCount } from '@/components/desk/queue-view-tabs';
import { Logo } from '@/components/layout/logo';
import { NotificationBell } from '@/components/layout/notification-bell';
import { LiveBell } from '@/components/live/live-bell';
import { type UserActor, isAdmin } from '@/lib/access/actor';
import type { FormAction } from '@/lib/forms/form-state';
import { queueHref, type QueueView, queueViews, SEARCH_MAX, type ViewCount, viewLabel } from '@/lib/tickets/queue';
import { SlashToSearch } from './slash-to-search';
import { StaffNav, type StaffNavItem, type StaffNavSection } from './staff-nav';
import { adminLinks, deskLinks, type StaffNavLink } from './staff-nav-links';
import { UserMenu } from './user-menu';

type Props = {
  actor: UserActor;
  signOutAction: FormAction;
  /** The queue views' counts; absent where the actor may not read the queue. */
  counts?: Record<QueueView, ViewCount>;
  pendingApplications?: number;
  unreadNotifications: number;
  children: ReactNode;
};

function sectionsFor({ actor, counts, pendingApplications }: Pick<Props, 'actor' | 'counts' | 'pendingApplications'>): StaffNavSection[] {
  const admin = isAdmin(actor);
  const views: StaffNavItem[] = queueViews.map((view) => ({
    href: queueHref({ view }),
    label: viewLabel[view],
    view,
    count: counts ? { text: formatCount(counts[view]), spoken: 'tickets', testId: `nav-count-${view}` } : undefined,
  }));
  const plain = (links: StaffNavLink[]): StaffNavItem[] =>
    links
      .filter((link) => admin || !link.adminOnly)
      .map((link) => {
        const waiting = link.badge === 'pendingApplications' ? pendingApplications : undefined;
        return {
          href: link.href,
          label: link.label,
          count: waiting ? { text: String(waiting), spoken: 'waiting', attention: true, testId: 'pending-applications' } : undefined,
        };
      });
  const sections: StaffNavSection[] = [{ label: 'Desk', items: [...views, ...plain(deskLinks)] }];
  if (admin) sections.push({ label: 'Admin', items: plain(adminLinks) });
  return sections;
}

const searchId = 'global-search';

/** The staff areas' frame: a compact top bar, the sidebar (a menu on a phone), and no site footer. */
export function StaffShell({ actor, signOutAction, counts, pendingApplications, unreadNotifications, children }: Props) {
  const sections = sectionsFor({ actor, counts, pendingApplications });
  return (
    <div className="flex min-h-screen flex-col">
      <header className="sticky top-0 z-30 border-b border-slate-200 bg-white">
        <div className="flex h-14 items-center gap-2 px-2 sm:gap-3 sm:px-4">
          <details className="lg:hidden">
            <summary className="flex h-11 w-11 cursor-pointer list-none items-center justify-center rounded-lg text-slate-700 hover:bg-slate-100 [&::-webkit-details-marker]:hidden">
              <svg aria-hidden="true" viewBox="0 0 24 24" fill="none" stroke="currentColor" strokeWidth="2" strokeLinecap="round" className="h-6 w-6">
                <path d="M4 6h16M4 12h16M4 18h16" />
              </svg>
              <span className="sr-only">Menu</span>
            </summary>
            <div className="absolute inset-x-0 top-14 z-40 max-h-[calc(100vh-3.5rem)] overflow-y-auto border-b border-slate-200 bg-white p-3 shadow-lg">
              <StaffNav sections={sections} />
            </div>
          </details>
          <Logo compact />
          <Form action="/desk" role="search" aria-label="Tickets" className="ml-1 min-w-0 flex-1 sm:ml-4 lg:max-w-md">
            <label htmlFor={searchId} className="sr-only">
              Find a ticket
            </label>
            <div className="relative">
              <input
                id={searchId}
                name="q"
                type="search"
                maxLength={SEARCH_MAX}
                placeholder="Find a ticket"
                autoComplete="off"
                className="block w-full rounded-lg border-0 bg-slate-100 py-2 pr-9 pl-3 text-sm text-slate-900 ring-1 ring-slate-200 ring-inset placeholder:text-slate-600 focus:bg-white focus:ring-2 focus:ring-brand-600 focus:outline-none"
              />
              <kbd aria-hidden="true" className="pointer-events-none absolute top-1/2 right-2 hidden -translate-y-1/2 rounded bg-white px-1.5 font-mono text-xs text-slate-600 ring-1 ring-slate-300 sm:block">
                /
              </kbd>
            </div>
          </Form>
          <SlashToSearch inputId={searchId} yieldTo="queue-search" />
          <div className="ml-auto flex items-center">
            <NotificationBell unread={unreadNotifications} />
            <LiveBell />
            <UserMenu actor={actor} signOutAction={signOutAction} />
          </div>
        </div>
      </header>
      <div className="flex flex-1">
        <aside className="hidden w-60 shrink-0 border-r border-slate-200 bg-white lg:block">
          <div className="sticky top-14 max-h-[calc(100vh-3.5rem)] overflow-y-auto p-3">
            <StaffNav sections={sections} withTestIds />
          </div>
        </aside>
        <main id="main" className="min-w-0 flex-1 px-4 py-6 sm:px-6 lg:px-8">
          <div className="mx-auto max-w-6xl">{children}</div>
        </main>
      </div>
    </div>
  );
}
