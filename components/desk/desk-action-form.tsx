'use client';

import { type ReactNode, useActionState } from 'react';
import { cn } from '@/components/ui/cn';
import { type FormAction, idleFormState } from '@/lib/forms/form-state';
import { QueueFromField } from './queue-from';

type Props = {
  action: FormAction;
  number: string;
  label: string;
  children: ReactNode;
  className?: string;
};

/**
 * One control of the ticket workspace (claim, status, priority…) posted to a server action. It
 * works without JavaScript; a refusal, such as a claim lost to another agent, is shown right here.
 */
export function DeskActionForm({ action, number, label, children, className }: Props) {
  const [state, formAction, pending] = useActionState(action, idleFormState);
  const messages = state.status === 'error' ? [...new Set([state.message, ...Object.values(state.fieldErrors).flat()])] : [];
  return (
    <form action={formAction} aria-label={label} aria-busy={pending || undefined} className={cn('space-y-2', className)}>
      <input type="hidden" name="number" value={number} />
      <QueueFromField />
      {children}
      {messages.length ? (
        <p role="alert" className="text-sm font-medium text-red-700" data-testid="action-error">
          {messages.join(' ')}
        </p>
      ) : null}
    </form>
  );
}
