'use client';

import { useActionState } from 'react';
import { Button } from '@/components/ui/button';
import { type FormAction, idleFormState } from '@/lib/forms/form-state';

type Props = {
  action: FormAction;
  label: string;
  /** Added to the label's accessible name, so that twenty "Mark read" buttons are told apart. */
  about?: string;
  fields?: Record<string, string>;
  variant?: 'secondary' | 'ghost';
  className?: string;
};

/** One button posted to a server action; it works without JavaScript and shows a refusal beside itself. */
export function NotificationForm({ action, label, about, fields = {}, variant = 'secondary', className }: Props) {
  const [state, formAction, pending] = useActionState(action, idleFormState);
  return (
    <form action={formAction} className={className}>
      {Object.entries(fields).map(([name, value]) => (
        <input key={name} type="hidden" name={name} value={value} />
      ))}
      <Button type="submit" variant={variant} disabled={pending} className="px-3 whitespace-nowrap" aria-label={about ? `${label}: ${about}` : undefined}>
        {label}
      </Button>
      {state.status === 'error' ? (
        <p role="alert" className="mt-1 text-sm font-medium text-red-700">
          {state.message}
        </p>
      ) : null}
    </form>
  );
}
