import type { ReactNode } from 'react';
import { SiteFooter } from '@/components/layout/site-footer';
import { SiteHeader } from '@/components/layout/site-header';
import { type Actor, isAdmin, isSignedIn } from '@/lib/access/actor';
import { countUnreadNotifications } from '@/lib/notifications';
import { countPendingApplications } from '@/lib/users/list-staff';
import { signOutAction } from '../_actions/sign-out';

/** The public site's header and footer for this visitor, with the header's two counts. */
export async function siteChrome(actor: Actor): Promise<{ header: ReactNode; footer: ReactNode }> {
  const [pendingApplications, unreadNotifications] = await Promise.all([
    isAdmin(actor) ? countPendingApplications(actor) : undefined,
    isSignedIn(actor) ? countUnreadNotifications(actor) : undefined,
  ]);
  return {
    header: <SiteHeader actor={actor} signOutAction={signOutAction} pendingApplications={pendingApplications} unreadNotifications={unreadNotifications} />,
    footer: <SiteFooter actor={actor} />,
  };
}

/** The site's frame drawn by a staff area's layout for someone it does not serve (its pages answer 404). */
export async function SiteFrameFor({ actor, children }: { actor: Actor; children: ReactNode }) {
  const { header, footer } = await siteChrome(actor);
  return (
    <>
      {header}
      <main id="main" className="mx-auto w-full max-w-6xl flex-1 px-4 py-8 sm:px-6 sm:py-12">
        {children}
      </main>
      {footer}
    </>
  );
}
