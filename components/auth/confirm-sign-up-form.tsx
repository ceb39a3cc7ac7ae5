'use client';

import { useActionState } from 'react';
import { Button } from '@/components/ui/button';
import { type FormAction, idleFormState } from '@/lib/forms/form-state';

/** A button rather than the link itself: mail scanners open links, and must not create accounts. */
export function ConfirmSignUpForm({ action, token }: { action: FormAction; token: string }) {
  const [state, formAction, pending] = useActionState(action, idleFormState);
  return (
    <form action={formAction} className="space-y-4">
      <input type="hidden" name="token" value={token} />
      {state.status === 'error' ? (
        <p role="alert" tabIndex={-1} className="text-sm font-medium text-red-700" data-testid="confirm-error">
          {state.message}
        </p>
      ) : null}
      <Button type="submit" disabled={pending} className="w-full">
        {pending ? 'Creating…' : 'Create my account'}
      </Button>
    </form>
  );
}
