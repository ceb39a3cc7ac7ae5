'use client';

import { useActionState } from 'react';
import { Button, buttonClass } from '@/components/ui/button';
import { cn } from '@/components/ui/cn';
import { type FormAction, idleFormState } from '@/lib/forms/form-state';

/**
 * Revoking asks once more, folded away until asked for: no script needed, and a refusal reopens
 * the fold so its message is seen after a full page load too.
 */
export function RevokeTokenForm({ action, token }: { action: FormAction; token: { id: string; name: string } }) {
  const [state, formAction, pending] = useActionState(action, idleFormState);
  const failed = state.status === 'error';
  return (
    <details className="open:w-full sm:open:w-auto" open={failed || undefined}>
      <summary className={cn(buttonClass('secondary'), 'cursor-pointer list-none text-red-700 [&::-webkit-details-marker]:hidden')}>
        Revoke…<span className="sr-only"> {token.name}</span>
      </summary>
      <form
        action={formAction}
        aria-label={`Revoke ${token.name}`}
        aria-busy={pending || undefined}
        className="mt-3 space-y-3 rounded-xl bg-red-50 p-4 ring-1 ring-red-200 sm:w-80"
      >
        <input type="hidden" name="id" value={token.id} />
        <p className="text-sm text-red-950">Every call made with “{token.name}” is refused from now on. This cannot be undone.</p>
        {failed ? (
          <p role="alert" className="text-sm font-medium text-red-800" data-testid="action-error">
            {state.message}
          </p>
        ) : null}
        <Button type="submit" variant="danger" disabled={pending}>
          {pending ? 'Revoking…' : 'Revoke token'}
          <span className="sr-only"> {token.name}</span>
        </Button>
      </form>
    </details>
  );
}
