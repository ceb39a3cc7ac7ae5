'use client';

import { useActionState } from 'react';
import { Button } from '@/components/ui/button';
import { type FormAction, idleFormState } from '@/lib/forms/form-state';

type Props = { action: FormAction; enabled: boolean };

export function AutoAssignForm({ action, enabled }: Props) {
  const [state, formAction, pending] = useActionState(action, idleFormState);
  return (
    <form action={formAction} aria-label="Auto-assignment" className="space-y-4">
      <label className="flex min-h-11 items-center gap-3 text-sm font-medium text-slate-900">
        <input type="checkbox" name="enabled" defaultChecked={enabled} className="size-5 accent-brand-600" />
        Assign new tickets automatically
      </label>
      {state.status === 'error' ? (
        <p role="alert" className="text-sm font-medium text-red-700">
          {state.message}
        </p>
      ) : null}
      <Button type="submit" disabled={pending}>
        {pending ? 'Saving…' : 'Save'}
      </Button>
    </form>
  );
}
