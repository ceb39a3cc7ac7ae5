'use client';

import { type ReactNode, useActionState } from 'react';
import { type FormAction, idleFormState } from '@/lib/forms/form-state';

type Props = {
  action: FormAction;
  /** Hidden inputs: which record, which decision. */
  fields: Record<string, string>;
  children: ReactNode;
  className?: string;
  label?: string;
};

/**
 * A one-click decision (approve, publish, move up…) posted to a server action. It works without
 * JavaScript; a refusal is shown beside the button that caused it.
 */
export function ActionForm({ action, fields, children, className, label }: Props) {
  const [state, formAction, pending] = useActionState(action, idleFormState);
  const error = state.status === 'error' ? [state.message, ...Object.values(state.fieldErrors).flat()].filter((m, i, all) => all.indexOf(m) === i) : [];
  return (
    <form action={formAction} className={className} aria-label={label} aria-busy={pending || undefined}>
      {Object.entries(fields).map(([name, value]) => (
        <input key={name} type="hidden" name={name} value={value} />
      ))}
      {children}
      {error.length ? (
        <p role="alert" className="mt-2 basis-full text-sm font-medium text-red-700" data-testid="action-error">
          {error.join(' ')}
        </p>
      ) : null}
    </form>
  );
}
