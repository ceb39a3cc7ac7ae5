import type { Metadata, Viewport } from 'next';
import type { ReactNode } from 'react';
import { SiteFooter } from '@/components/layout/site-footer';
import { SiteHeader } from '@/components/layout/site-header';
import { isAdmin, isSignedIn } from '@/lib/access/actor';
import { getActor } from '@/lib/auth/session';
import { countUnreadNotifications } from '@/lib/notifications';
import { countPendingApplications } from '@/lib/users/list-staff';
import { signOutAction } from './_actions/sign-out';
import './globals.css';

export const metadata: Metadata = {
  title: { default: 'Deskline', template: '%s · Deskline' },
  description: 'Get help from our support team.',
};

// Every page depends on who is signed in, read per request.
export const dynamic = 'force-dynamic';

export const viewport: Viewport = { width: 'device-width', initialScale: 1 };

export default async function RootLayout({ children }: { children: ReactNode }) {
  const actor = await getActor();
  const [pendingApplications, unreadNotifications] = await Promise.all([
    isAdmin(actor) ? countPendingApplications(actor) : undefined,
    isSignedIn(actor) ? countUnreadNotifications(actor) : undefined,
  ]);
  return (
    <html lang="en">
      <body className="flex min-h-screen flex-col font-sans">
        <a
          href="#main"
          className="sr-only focus:not-sr-only focus:absolute focus:left-4 focus:top-4 focus:z-50 focus:rounded-lg focus:bg-white focus:px-4 focus:py-2 focus:shadow"
        >
          Skip to content
        </a>
        <SiteHeader actor={actor} signOutAction={signOutAction} pendingApplications={pendingApplications} unreadNotifications={unreadNotifications} />
        <main id="main" className="mx-auto w-full max-w-6xl flex-1 px-4 py-8 sm:px-6 sm:py-12">
          {children}
        </main>
        <SiteFooter />
      </body>
    </html>
  );
}
