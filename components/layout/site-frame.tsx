'use client';

import { useSelectedLayoutSegment } from 'next/navigation';
import type { ReactNode } from 'react';

/** The top-level routes that bring their own app shell (components/staff/staff-shell.tsx). */
const staffAreas = new Set(['desk', 'admin']);

/**
 * The public site's header, main column and footer around every page except the staff areas,
 * whose layouts draw the app shell instead. Decided by the route segment, not the URL, so a 404
 * for an unknown /desk/… address still gets the site's header.
 */
export function SiteFrame({ header, footer, children }: { header: ReactNode; footer: ReactNode; children: ReactNode }) {
  const segment = useSelectedLayoutSegment();
  if (segment && staffAreas.has(segment)) return children;
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
