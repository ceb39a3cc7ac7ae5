'use client';

import { ErrorSummary } from '@/components/forms/error-summary';
import { TextField } from '@/components/forms/fields';
import { useServerForm } from '@/components/forms/use-server-form';
import { Button } from '@/components/ui/button';
import type { FormAction } from '@/lib/forms/form-state';
import { SLA_LIMITS, type SlaTargetKind, slaTargetKinds, type SlaTargetsInput, slaTargetsSchema } from '@/lib/sla/schemas';
import { priorityLabel, ticketPriorities } from '@/lib/vocabulary';

type Field = keyof SlaTargetsInput & string;

const kindLabel: Record<SlaTargetKind, string> = { firstResponse: 'First response', nextResponse: 'Next response', resolution: 'Resolution' };
const fieldOrder = [...ticketPriorities].reverse().flatMap((priority) => slaTargetKinds.map((kind) => `${priority}_${kind}` as Field));

/** Targets per priority in business minutes; an empty field is not tracked. */
export function SlaTargetsForm({ action, defaults }: { action: FormAction; defaults: Partial<Record<Field, string>> }) {
  const { form, formRef, formAction, onSubmit, pending, values, errorFor, summaryItems, summaryMessage, summaryKey } = useServerForm<SlaTargetsInput>({
    schema: slaTargetsSchema,
    action,
    defaults,
  });
  return (
    <form ref={formRef} action={formAction} onSubmit={onSubmit} noValidate className="space-y-6" aria-label="Targets">
      {summaryMessage ? <ErrorSummary message={summaryMessage} items={summaryItems(fieldOrder)} focusKey={summaryKey} /> : null}
      {[...ticketPriorities].reverse().map((priority) => (
        <fieldset key={priority} className="rounded-xl p-4 ring-1 ring-slate-200">
          <legend className="px-1 text-sm font-semibold text-slate-900">{priorityLabel[priority]} priority</legend>
          <div className="grid gap-4 sm:grid-cols-3">
            {slaTargetKinds.map((kind) => {
              const name = `${priority}_${kind}` as Field;
              return (
                <TextField
                  key={kind}
                  label={`${kindLabel[kind]} (minutes)`}
                  optional
                  type="number"
                  inputMode="numeric"
                  min={1}
                  max={SLA_LIMITS.minutes}
                  step={1}
                  defaultValue={values[name]}
                  error={errorFor(name)}
                  {...form.register(name)}
                />
              );
            })}
          </div>
        </fieldset>
      ))}
      <div className="flex justify-end">
        <Button type="submit" disabled={pending} className="w-full sm:w-auto">
          {pending ? 'Saving…' : 'Save targets'}
        </Button>
      </div>
    </form>
  );
}
