'use client';

import { type ReactNode, useActionState } from 'react';
import { cn } from '@/components/ui/cn';
import { type FormAction, idleFormState } from '@/lib/forms/form-state';

type Props = { action: FormAction; sessionId?: string; className?: string; children: ReactNode };

/** One button that signs sessions out; a plain form post, so it works without JavaScript. */
export function SessionButton({ action, sessionId, className, children }: Props) {
  const [state, formAction, pending] = useActionState(action, idleFormState);
  return (
    <form action={formAction} className="flex flex-col items-start gap-1">
      {sessionId ? <input type="hidden" name="sessionId" value={sessionId} /> : null}
      <button type="submit" disabled={pending} className={cn('min-h-11 rounded-lg px-3 text-sm font-medium', className)}>
        {children}
      </button>
      {state.status === 'error' ? (
        <p role="alert" className="text-sm font-medium text-red-700">
          {state.message}
        </p>
      ) : null}
    </form>
  );
}
