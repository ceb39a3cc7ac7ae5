'use client';

import { useActionState } from 'react';
import { type FormAction, idleFormState } from '@/lib/forms/form-state';

/** The header's sign-out button; it works without JavaScript, and says so if signing out failed. */
export function SignOutForm({ action }: { action: FormAction }) {
  const [state, formAction, pending] = useActionState(action, idleFormState);
  return (
    <form action={formAction} className="flex items-center gap-2">
      <button
        type="submit"
        disabled={pending}
        className="min-h-11 rounded-lg px-3 text-sm font-medium text-slate-700 hover:bg-slate-100 hover:text-slate-900"
      >
        Sign out
      </button>
      {state.status === 'error' ? (
        <p role="alert" className="text-sm font-medium text-red-700">
          {state.message}
        </p>
      ) : null}
    </form>
  );
}
