'use client';

import { useActionState } from 'react';
import { Button } from '@/components/ui/button';
import { type FormAction, idleFormState } from '@/lib/forms/form-state';

type Preference = { kind: string; label: string; help: string; enabled: boolean };
type Props = { action: FormAction; preferences: Preference[] };

/** One checkbox per kind of mail; a plain form post, so it works without JavaScript. */
export function MailPreferencesForm({ action, preferences }: Props) {
  const [state, formAction, pending] = useActionState(action, idleFormState);
  return (
    <form action={formAction} aria-label="Mail settings" className="space-y-4">
      <fieldset className="space-y-4">
        <legend className="text-lg font-semibold text-slate-900">Send me mail about</legend>
        {preferences.map((preference) => (
          <div key={preference.kind} className="flex gap-3">
            <input
              type="checkbox"
              id={`mail-${preference.kind}`}
              name="enabled"
              value={preference.kind}
              defaultChecked={preference.enabled}
              aria-describedby={`mail-${preference.kind}-help`}
              className="mt-0.5 size-5 shrink-0 accent-brand-600"
            />
            <div>
              <label htmlFor={`mail-${preference.kind}`} className="text-sm font-medium text-slate-900">
                {preference.label}
              </label>
              <p id={`mail-${preference.kind}-help`} className="text-sm text-slate-600">
                {preference.help}
              </p>
            </div>
          </div>
        ))}
      </fieldset>
      {state.status === 'error' ? (
        <p role="alert" className="text-sm font-medium text-red-700" data-testid="settings-error">
          {state.message}
        </p>
      ) : null}
      <Button type="submit" disabled={pending}>
        {pending ? 'Saving…' : 'Save'}
      </Button>
    </form>
  );
}
