import type { Actor } from '@/lib/access/actor';

export type NavLink = { href: string; label: string };

/** The links the header offers each kind of visitor; every one leads to a working page. */
export function navLinksFor(actor: Actor): NavLink[] {
  if (actor.kind === 'anonymous') {
    return [
      { href: '/help', label: 'Help centre' },
      { href: '/contact', label: 'Contact support' },
      { href: '/sign-in', label: 'Sign in' },
    ];
  }
  if (actor.role === 'customer') {
    return [
      { href: '/help', label: 'Help centre' },
      { href: '/portal/tickets', label: 'My tickets' },
      { href: '/portal/tickets/new', label: 'New request' },
    ];
  }
  if (actor.staffStatus !== 'approved') return [{ href: '/pending', label: 'Application status' }];
  return [
    { href: '/desk', label: 'Desk' },
    { href: '/desk/replies', label: 'Saved replies' },
    { href: '/contact', label: 'Log a request' },
    ...(actor.role === 'admin' ? [{ href: '/admin', label: 'Admin' }] : []),
  ];
}
