import type { ReactNode } from 'react';
import { cn } from './cn';

/** Confirms the change just made; announced politely by screen readers. */
export function StatusNotice({ testId, className, children }: { testId: string; className?: string; children: ReactNode }) {
  return (
    <p role="status" data-testid={testId} className={cn('rounded-xl border-l-4 border-emerald-600 bg-emerald-50 p-4 text-sm font-medium text-emerald-900', className)}>
      {children}
    </p>
  );
}
