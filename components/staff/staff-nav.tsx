'use client';

import Link from 'next/link';
import { usePathname, useSearchParams } from 'next/navigation';
import type { MouseEvent } from 'react';
import { cn } from '@/components/ui/cn';

export type StaffNavItem = {
  href: string;
  label: string;
  /** The queue view this link opens, for telling which view is current. */
  view?: string;
  count?: { text: string; spoken: string; testId?: string; attention?: boolean };
};
export type StaffNavSection = { label: string; items: StaffNavItem[] };

function isCurrent(item: StaffNavItem, pathname: string, view: string): boolean {
  if (item.view) return pathname === '/desk' && view === item.view;
  const path = item.href.split('?')[0]!;
  if (path === '/admin' || path === '/desk') return pathname === path;
  return pathname === path || pathname.startsWith(`${path}/`);
}

/**
 * On the queue, switching view keeps the search and filters, as the queue's own tabs do: the
 * status filter and the page cursor belong to one view and are dropped.
 */
function viewHref(item: StaffNavItem, pathname: string, params: URLSearchParams): string {
  if (!item.view || pathname !== '/desk') return item.href;
  const next = new URLSearchParams(params);
  for (const key of ['view', 'status', 'cursor']) next.delete(key);
  if (item.view !== 'open') next.set('view', item.view);
  const search = next.toString();
  return search ? `/desk?${search}` : '/desk';
}

/** Following a link from the phone menu closes the menu: the shell stays, so it would stay open. */
function closeMenu(event: MouseEvent<HTMLAnchorElement>) {
  event.currentTarget.closest('details')?.removeAttribute('open');
}

/** The staff sidebar: one labelled navigation per section, the current page marked. */
export function StaffNav({ sections, withTestIds = false }: { sections: StaffNavSection[]; withTestIds?: boolean }) {
  const pathname = usePathname();
  const params = useSearchParams();
  const view = params.get('view') ?? 'open';
  return (
    <div className="space-y-6">
      {sections.map((section) => (
        <nav key={section.label} aria-label={section.label}>
          <p className="px-3 pb-1 text-xs font-semibold tracking-wide text-slate-600 uppercase" aria-hidden="true">
            {section.label}
          </p>
          <ul className="space-y-0.5">
            {section.items.map((item) => {
              const current = isCurrent(item, pathname, view);
              return (
                <li key={item.href}>
                  <Link
                    href={viewHref(item, pathname, params)}
                    onClick={closeMenu}
                    aria-current={current ? 'page' : undefined}
                    className={cn(
                      'flex min-h-10 items-center justify-between gap-2 rounded-lg px-3 text-sm font-medium',
                      current ? 'bg-brand-50 text-brand-800' : 'text-slate-700 hover:bg-slate-100 hover:text-slate-900',
                    )}
                  >
                    <span className="truncate">{item.label}</span>
                    {item.count ? (
                      <span
                        data-testid={withTestIds ? item.count.testId : undefined}
                        className={cn(
                          'rounded-full px-2 py-0.5 text-xs font-semibold tabular-nums',
                          item.count.attention ? 'bg-amber-100 text-amber-900' : current ? 'bg-brand-100 text-brand-800' : 'bg-slate-100 text-slate-700',
                        )}
                      >
                        {item.count.text}
                        <span className="sr-only"> {item.count.spoken}</span>
                      </span>
                    ) : null}
                  </Link>
                </li>
              );
            })}
          </ul>
        </nav>
      ))}
    </div>
  );
}
