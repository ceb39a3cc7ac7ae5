import Link from 'next/link';
import { Badge } from '@/components/ui/badge';
import { ButtonLink } from '@/components/ui/button';
import type { Actor } from '@/lib/access/actor';
import { roleLabel, roleTone } from '@/lib/vocabulary';
import type { FormAction } from '@/lib/forms/form-state';
import { Logo } from './logo';
import { navLinksFor } from './nav-links';
import { LiveBell } from '@/components/live/live-bell';
import { NotificationBell } from './notification-bell';
import { SignOutForm } from './sign-out-form';

type Props = {
  actor: Actor;
  signOutAction: FormAction;
  /** Agent applications waiting, shown on the Admin link; admins only. */
  pendingApplications?: number;
  /** The signed-in user's unread notifications, for the bell. */
  unreadNotifications?: number;
};

export function SiteHeader({ actor, signOutAction, pendingApplications, unreadNotifications = 0 }: Props) {
  const links = navLinksFor(actor);
  const account =
    actor.kind === 'anonymous' ? (
      <ButtonLink href="/sign-up" className="min-h-10 px-3 py-2">
        Create account
      </ButtonLink>
    ) : (
      <div className="flex items-center">
        <NotificationBell unread={unreadNotifications} />
        <LiveBell />
        <span className="hidden items-center gap-2 px-2 text-sm text-slate-600 lg:flex" data-testid="signed-in-as">
          <span className="max-w-48 truncate font-medium text-slate-800">{actor.name}</span>
          <Badge tone={roleTone[actor.role]}>{roleLabel[actor.role]}</Badge>
        </span>
        <Link
          href="/settings/account"
          className="flex min-h-11 items-center rounded-lg px-3 text-sm font-medium whitespace-nowrap text-slate-700 hover:bg-slate-100 hover:text-slate-900"
        >
          Account
        </Link>
        <Link
          href="/settings/notifications"
          className="flex min-h-11 items-center rounded-lg px-3 text-sm font-medium whitespace-nowrap text-slate-700 hover:bg-slate-100 hover:text-slate-900"
        >
          Mail settings
        </Link>
        <Link
          href="/settings/security"
          className="flex min-h-11 items-center rounded-lg px-3 text-sm font-medium whitespace-nowrap text-slate-700 hover:bg-slate-100 hover:text-slate-900"
        >
          Security
        </Link>
        <SignOutForm action={signOutAction} />
      </div>
    );

  // On a phone the links get a row of their own that scrolls sideways; from md up, one row.
  return (
    <header className="border-b border-slate-200 bg-white">
      <div className="mx-auto flex max-w-6xl flex-wrap items-center gap-x-4 gap-y-1 px-4 py-2 sm:px-6 md:py-3">
        <div className="order-1">
          <Logo />
        </div>
        <div className="order-2 ml-auto md:order-3 md:ml-0">{account}</div>
        <nav
          aria-label="Main"
          className="order-3 -mx-4 flex w-[calc(100%+2rem)] items-center gap-1 overflow-x-auto px-2 md:order-2 md:mx-0 md:ml-auto md:w-auto md:overflow-visible md:px-0"
        >
          {links.map((link) => (
            <Link
              key={link.href}
              href={link.href}
              className="flex min-h-11 shrink-0 items-center rounded-lg px-3 text-sm font-medium whitespace-nowrap text-slate-700 hover:bg-slate-100 hover:text-slate-900"
            >
              {link.label}
              {link.href === '/admin' && pendingApplications ? (
                <span className="ml-1.5 rounded-full bg-amber-100 px-2 py-0.5 text-xs font-semibold text-amber-900" data-testid="pending-applications">
                  {pendingApplications}
                  <span className="sr-only"> agent applications waiting</span>
                </span>
              ) : null}
            </Link>
          ))}
        </nav>
      </div>
    </header>
  );
}
