'use client';

import { useActionState } from 'react';
import { Button } from '@/components/ui/button';
import { type FormAction, idleFormState } from '@/lib/forms/form-state';
import { WebhookSecret } from './webhook-secret';

/** Rotating answers the new secret to this form, once; the old one stops working at once. */
export function RotateSecretForm({ action, id }: { action: FormAction<{ id: string; secret: string }>; id: string }) {
  const [state, formAction, pending] = useActionState(action, idleFormState);
  if (state.status === 'done') return <WebhookSecret secret={state.data.secret} />;
  return (
    <form action={formAction} className="space-y-3" aria-label="Rotate the signing secret">
      <input type="hidden" name="id" value={id} />
      <p className="text-sm text-slate-700">A new secret replaces the old one at once: deliveries from then on, retries included, are signed with the new one.</p>
      {state.status === 'error' ? (
        <p role="alert" className="text-sm font-medium text-red-700">
          {state.message}
        </p>
      ) : null}
      <Button type="submit" variant="secondary" disabled={pending}>
        {pending ? 'Rotating…' : 'Rotate secret'}
      </Button>
    </form>
  );
}
