import { redirect } from 'next/navigation';
import { isActiveStaff } from '@/lib/access/actor';
import { getActor } from '@/lib/auth/session';
import { safeRedirectPath } from '@/lib/http/safe-redirect';

/** Where a sign-in lands: the page that fits the account's role and status. */
export default async function ContinuePage({ searchParams }: { searchParams: Promise<{ next?: string }> }) {
  const actor = await getActor();
  if (actor.kind === 'anonymous') redirect('/sign-in');
  const next = safeRedirectPath((await searchParams).next);
  if (actor.role !== 'customer' && !isActiveStaff(actor)) redirect('/pending');
  if (next) redirect(next);
  redirect(actor.role === 'customer' ? '/portal/tickets' : '/desk');
}
