// Every link of the staff navigation, as plain data: add a page here, in the section it belongs to.
// The queue views come first in the desk section, each with its live count (see staff-nav.tsx).

export type StaffNavLink = {
  href: string;
  label: string;
  /** Shown to admins only; the page itself refuses everyone else. */
  adminOnly?: boolean;
  /** A count from the layout shown beside the label. */
  badge?: 'pendingApplications';
};

/** Desk pages beside the queue views. */
export const deskLinks: StaffNavLink[] = [
  { href: '/desk/replies', label: 'Saved replies' },
  { href: '/contact', label: 'Log a request' },
  { href: '/desk/settings', label: 'Desk settings', adminOnly: true },
];

/** The admin area's sections, in the order the sidebar lists them. */
export const adminLinks: StaffNavLink[] = [
  { href: '/admin', label: 'Overview' },
  { href: '/admin/tickets', label: 'Tickets' },
  { href: '/admin/agents', label: 'Agents', badge: 'pendingApplications' },
  { href: '/admin/users', label: 'Users' },
  { href: '/admin/faq', label: 'FAQ' },
  { href: '/admin/categories', label: 'Categories' },
  { href: '/admin/tags', label: 'Tags' },
  { href: '/admin/sla', label: 'Service targets' },
  { href: '/admin/mail', label: 'Mail' },
  { href: '/admin/webhooks', label: 'Webhooks' },
  { href: '/admin/audit', label: 'Audit log' },
  { href: '/admin/stats', label: 'Statistics' },
];

/** The signed-in user's own pages, in the user menu. */
export const accountLinks: StaffNavLink[] = [
  { href: '/settings/account', label: 'Account settings' },
  { href: '/settings/notifications', label: 'Mail settings' },
  { href: '/settings/security', label: 'Security' },
  { href: '/settings/tokens', label: 'API tokens' },
];
