'use client';

import { useActionState } from 'react';
import { ErrorSummary } from '@/components/forms/error-summary';
import { TextField } from '@/components/forms/fields';
import { Button } from '@/components/ui/button';
import { type FormAction, idleFormState } from '@/lib/forms/form-state';
import { SLA_LIMITS, weekdayNames } from '@/lib/sla/schemas';

export type HoursDefaults = { timezone: string; notifyAdmins: boolean; days: Array<{ from: string; to: string } | null> };

// Monday first, as people read a week; the fields keep JavaScript's Sunday-first numbers.
const weekOrder = [1, 2, 3, 4, 5, 6, 0];

/**
 * Business hours per weekday, the timezone they are read in, and whether admins hear of breaches.
 * Checked on the server only: which times are needed depends on which days are open.
 */
export function BusinessHoursForm({ action, defaults }: { action: FormAction; defaults: HoursDefaults }) {
  const [state, formAction, pending] = useActionState(action, idleFormState);
  const echoed = state.status === 'error' ? state.values : null;
  const errorFor = (name: string) => (state.status === 'error' ? state.fieldErrors[name]?.[0] : undefined);
  const fieldOrder = ['timezone', ...weekOrder.flatMap((day) => [`day${day}_from`, `day${day}_to`])];
  const items = fieldOrder.flatMap((field) => {
    const message = errorFor(field);
    return message ? [{ field, message }] : [];
  });
  return (
    <form action={formAction} noValidate className="space-y-6" aria-label="Business hours">
      {state.status === 'error' ? <ErrorSummary message={state.message} items={items} focusKey={JSON.stringify(state)} /> : null}
      <TextField
        name="timezone"
        label="Timezone"
        hint="An IANA name, like Europe/Berlin, America/New_York or UTC. Hours and holidays are read in it."
        maxLength={SLA_LIMITS.timezone}
        autoCapitalize="none"
        spellCheck={false}
        defaultValue={echoed?.timezone ?? defaults.timezone}
        error={errorFor('timezone')}
      />
      <fieldset>
        <legend className="text-sm font-medium text-slate-800">Opening hours</legend>
        <ul className="mt-2 divide-y divide-slate-100 rounded-xl ring-1 ring-slate-200">
          {weekOrder.map((day) => {
            const hours = defaults.days[day];
            const open = echoed ? echoed[`day${day}_open`] === 'on' : hours !== null;
            return (
              <li key={day} className="grid grid-cols-2 items-end gap-3 p-3 sm:grid-cols-[10rem_1fr_1fr]" data-testid={`hours-day-${day}`}>
                <label className="col-span-2 flex min-h-11 items-center gap-2 text-sm font-medium text-slate-900 sm:col-span-1">
                  <input type="checkbox" name={`day${day}_open`} defaultChecked={open} className="size-5 rounded border-slate-400" />
                  {weekdayNames[day]} open
                </label>
                <TextField
                  name={`day${day}_from`}
                  label={`${weekdayNames[day]} from`}
                  type="time"
                  defaultValue={echoed?.[`day${day}_from`] ?? hours?.from ?? '09:00'}
                  error={errorFor(`day${day}_from`)}
                />
                <TextField
                  name={`day${day}_to`}
                  label={`${weekdayNames[day]} until`}
                  type="time"
                  defaultValue={echoed?.[`day${day}_to`] ?? hours?.to ?? '17:00'}
                  error={errorFor(`day${day}_to`)}
                />
              </li>
            );
          })}
        </ul>
      </fieldset>
      <label className="flex min-h-11 items-start gap-2 text-sm text-slate-800">
        <input
          type="checkbox"
          name="notifyAdmins"
          defaultChecked={echoed ? echoed.notifyAdmins === 'on' : defaults.notifyAdmins}
          className="mt-0.5 size-5 rounded border-slate-400"
        />
        <span>
          <span className="font-medium">Tell admins of every breach</span>
          <span className="block text-slate-600">The assignee is always told; with this, every admin gets a notification too.</span>
        </span>
      </label>
      <div className="flex justify-end">
        <Button type="submit" disabled={pending} className="w-full sm:w-auto">
          {pending ? 'Saving…' : 'Save business hours'}
        </Button>
      </div>
    </form>
  );
}
