import type { ReactNode } from 'react';
import { StatusNotice } from '@/components/ui/status-notice';

/** The admin area's confirmation of the change just made. */
export function Notice({ children }: { children: ReactNode }) {
  return (
    <StatusNotice testId="admin-notice" className="mb-6">
      {children}
    </StatusNotice>
  );
}
