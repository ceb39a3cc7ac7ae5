import Link from 'next/link';
import type { Actor } from '@/lib/access/actor';

/** The public site's footer; the invitation to join the team is for visitors who are not signed in. */
export function SiteFooter({ actor }: { actor: Actor }) {
  return (
    <footer className="mt-16 border-t border-slate-200 bg-white">
      <div className="mx-auto flex max-w-6xl flex-col gap-3 px-4 py-8 text-sm text-slate-600 sm:flex-row sm:items-center sm:justify-between sm:px-6">
        <p>Deskline — open-source helpdesk</p>
        <nav aria-label="Footer" className="flex flex-wrap gap-x-6 gap-y-2">
          <Link className="hover:text-slate-900 hover:underline" href="/help">
            Help centre
          </Link>
          <Link className="hover:text-slate-900 hover:underline" href="/contact">
            Contact support
          </Link>
          {actor.kind === 'anonymous' ? (
            <Link className="hover:text-slate-900 hover:underline" href="/agents/register">
              Join the support team
            </Link>
          ) : null}
        </nav>
      </div>
    </footer>
  );
}
