'use client';

import Link from 'next/link';
import { usePathname } from 'next/navigation';
import { cn } from '@/components/ui/cn';

const sections = [
  { href: '/admin', label: 'Overview' },
  { href: '/admin/tickets', label: 'Tickets' },
  { href: '/admin/agents', label: 'Agents' },
  { href: '/admin/users', label: 'Users' },
  { href: '/admin/faq', label: 'FAQ' },
  { href: '/admin/categories', label: 'Categories' },
  { href: '/admin/sla', label: 'Service targets' },
  { href: '/admin/mail', label: 'Mail' },
  { href: '/admin/webhooks', label: 'Webhooks' },
  { href: '/admin/audit', label: 'Audit log' },
  { href: '/admin/stats', label: 'Statistics' },
] as const;

function isCurrent(pathname: string, href: string): boolean {
  return href === '/admin' ? pathname === href : pathname === href || pathname.startsWith(`${href}/`);
}

/** The admin area's own navigation; on a phone it scrolls sideways rather than wrapping into a wall. */
export function AdminNav({ pendingApplications }: { pendingApplications: number }) {
  const pathname = usePathname();
  return (
    <nav aria-label="Admin" className="-mx-4 mb-8 overflow-x-auto border-b border-slate-200 px-4 sm:mx-0 sm:px-0">
      <ul className="flex min-w-max gap-1">
        {sections.map((section) => {
          const current = isCurrent(pathname, section.href);
          return (
            <li key={section.href}>
              <Link
                href={section.href}
                aria-current={current ? 'page' : undefined}
                className={cn(
                  '-mb-px flex min-h-11 items-center gap-2 border-b-2 px-3 text-sm font-medium',
                  current ? 'border-brand-600 text-brand-700' : 'border-transparent text-slate-600 hover:border-slate-300 hover:text-slate-900',
                )}
              >
                {section.label}
                {section.href === '/admin/agents' && pendingApplications > 0 ? (
                  <span className="rounded-full bg-amber-100 px-2 py-0.5 text-xs font-semibold text-amber-900">
                    {pendingApplications}
                    <span className="sr-only"> waiting</span>
                  </span>
                ) : null}
              </Link>
            </li>
          );
        })}
      </ul>
    </nav>
  );
}
