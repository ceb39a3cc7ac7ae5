import Link from 'next/link';
import { SignOutForm } from '@/components/layout/sign-out-form';
import { Avatar } from '@/components/ui/avatar';
import { Badge } from '@/components/ui/badge';
import type { UserActor } from '@/lib/access/actor';
import type { FormAction } from '@/lib/forms/form-state';
import { roleLabel, roleTone } from '@/lib/vocabulary';
import { accountLinks } from './staff-nav-links';

/** The signed-in person's menu: a disclosure, so it opens and closes without JavaScript. */
export function UserMenu({ actor, signOutAction }: { actor: UserActor; signOutAction: FormAction }) {
  return (
    <details className="group relative">
      <summary className="flex min-h-11 cursor-pointer list-none items-center gap-2 rounded-lg px-1.5 hover:bg-slate-100 sm:px-2 [&::-webkit-details-marker]:hidden">
        <Avatar id={actor.id} name={actor.name} size="md" />
        <span className="flex items-center gap-2 text-sm" data-testid="signed-in-as">
          <span className="sr-only md:not-sr-only md:max-w-40 md:truncate md:font-medium md:text-slate-800">{actor.name}</span>
          <span className="sr-only lg:not-sr-only">
            <Badge tone={roleTone[actor.role]}>{roleLabel[actor.role]}</Badge>
          </span>
          <span className="sr-only">, account menu</span>
        </span>
      </summary>
      <div className="absolute right-0 z-40 mt-2 w-64 rounded-xl bg-white p-2 shadow-lg ring-1 ring-slate-200">
        <p className="truncate px-3 pt-1 pb-2 text-sm text-slate-600">{actor.email}</p>
        <ul className="border-t border-slate-200 pt-1">
          {accountLinks.map((link) => (
            <li key={link.href}>
              <Link href={link.href} className="flex min-h-10 items-center rounded-lg px-3 text-sm font-medium text-slate-700 hover:bg-slate-100 hover:text-slate-900">
                {link.label}
              </Link>
            </li>
          ))}
        </ul>
        <div className="mt-1 border-t border-slate-200 pt-1">
          <SignOutForm action={signOutAction} />
        </div>
      </div>
    </details>
  );
}
