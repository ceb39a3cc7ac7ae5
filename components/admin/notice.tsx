import type { ReactNode } from 'react';

/** Confirms the change just made; announced politely by screen readers. */
export function Notice({ children }: { children: ReactNode }) {
  return (
    <p role="status" data-testid="admin-notice" className="mb-6 rounded-xl border-l-4 border-emerald-600 bg-emerald-50 p-4 text-sm font-medium text-emerald-900">
      {children}
    </p>
  );
}
