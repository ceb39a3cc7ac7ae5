'use client';

import { type ReactNode, useActionState } from 'react';
import { Button } from '@/components/ui/button';
import { type FormAction, idleFormState } from '@/lib/forms/form-state';

type Props = {
  action: FormAction;
  label: string;
  pendingLabel: string;
  variant?: 'primary' | 'secondary';
  children?: ReactNode;
  testId?: string;
};

/** A one-button form ("This is solved", "Get a new link"): a refusal is shown beside the button. */
export function ActionForm({ action, label, pendingLabel, variant = 'secondary', children, testId }: Props) {
  const [state, formAction, pending] = useActionState(action, idleFormState);
  return (
    <form action={formAction} className="space-y-2" data-testid={testId}>
      {children}
      <Button type="submit" variant={variant} disabled={pending} className="w-full sm:w-auto">
        {pending ? pendingLabel : label}
      </Button>
      {state.status === 'error' ? (
        <p role="alert" className="text-sm font-medium text-red-700">
          {state.message}
        </p>
      ) : null}
    </form>
  );
}
