'use client';

import { useActionState } from 'react';
import { TextField } from '@/components/forms/fields';
import { Button } from '@/components/ui/button';
import { type FormAction, idleFormState } from '@/lib/forms/form-state';

type Props = { action: FormAction; days: number };

export function AutoCloseForm({ action, days }: Props) {
  const [state, formAction, pending] = useActionState(action, idleFormState);
  const error = state.status === 'error' ? (state.fieldErrors.days?.[0] ?? state.message) : undefined;
  const value = state.status === 'error' ? (state.values.days ?? String(days)) : String(days);
  return (
    <form action={formAction} aria-label="Auto-close" className="space-y-4">
      <div className="max-w-48">
        <TextField
          key={value}
          name="days"
          label="Days to wait"
          hint="0 turns auto-close off; otherwise 1 to 365."
          type="number"
          inputMode="numeric"
          min={0}
          max={365}
          step={1}
          required
          defaultValue={value}
          error={error}
        />
      </div>
      <Button type="submit" disabled={pending}>
        {pending ? 'Saving…' : 'Save'}
      </Button>
    </form>
  );
}
