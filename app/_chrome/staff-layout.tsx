import type { ReactNode } from 'react';
import { StaffShell } from '@/components/staff/staff-shell';
import { isActiveStaff, isAdmin } from '@/lib/access/actor';
import { getActor } from '@/lib/auth/session';
import { countUnreadNotifications } from '@/lib/notifications';
import { countQueueViews } from '@/lib/tickets/queue';
import { countPendingApplications } from '@/lib/users/list-staff';
import { signOutAction } from '../_actions/sign-out';
import { SiteFrameFor } from './site-chrome';

/**
 * The layout of /desk and /admin. Active staff get the app shell; anyone else gets the site's
 * frame, and the page itself refuses them (sign-in or 404), so the refusal keeps its own address
 * and status. Each page checks again with its own query: a layout is not re-run on every navigation.
 */
export async function StaffLayout({ children }: { children: ReactNode }) {
  const actor = await getActor();
  if (actor.kind !== 'user' || !isActiveStaff(actor)) return <SiteFrameFor actor={actor}>{children}</SiteFrameFor>;
  const [counts, pendingApplications, unreadNotifications] = await Promise.all([
    countQueueViews(actor),
    isAdmin(actor) ? countPendingApplications(actor) : undefined,
    countUnreadNotifications(actor),
  ]);
  return (
    <StaffShell actor={actor} signOutAction={signOutAction} counts={counts} pendingApplications={pendingApplications} unreadNotifications={unreadNotifications}>
      {children}
    </StaffShell>
  );
}
