'use client';

import Link from 'next/link';
import { ErrorSummary } from '@/components/forms/error-summary';
import { TextField } from '@/components/forms/fields';
import { useServerForm } from '@/components/forms/use-server-form';
import { Button } from '@/components/ui/button';
import type { FormAction } from '@/lib/forms/form-state';
import { WEBHOOK_LIMITS, type WebhookEndpointInput, webhookEndpointSchema, webhookEventLabels, webhookEventTypes } from '@/lib/webhooks/schemas';
import { WebhookSecret } from './webhook-secret';

type Defaults = { url?: string; description?: string; events?: readonly string[]; includeInternal?: boolean; active?: boolean };

type Props = {
  /** Adding answers the new endpoint's id and secret; saving redirects. */
  action: FormAction<{ id: string; secret: string }> | FormAction;
  defaults: Defaults;
  /** Editing an endpoint; without it the form adds one and shows its secret once. */
  id?: string;
};

const fieldOrder: Array<keyof WebhookEndpointInput & string> = ['url', 'description', 'events'];

function createdSecret(data: unknown): { id: string; secret: string } | null {
  if (typeof data !== 'object' || data === null || !('secret' in data) || !('id' in data)) return null;
  return { id: String(data.id), secret: String(data.secret) };
}

export function WebhookForm({ action, defaults, id }: Props) {
  const { state, form, formRef, formAction, onSubmit, pending, values, errorFor, summaryItems, summaryMessage, summaryKey } =
    useServerForm<WebhookEndpointInput>({
      schema: webhookEndpointSchema,
      action: action as FormAction,
      // react-hook-form takes the list and the booleans as they are; the type says text only.
      defaults: {
        url: defaults.url,
        description: defaults.description,
        events: defaults.events ?? ['ticket.created'],
        includeInternal: defaults.includeInternal ?? false,
      } as unknown as Record<string, string>,
    });
  const { register } = form;
  const created = state.status === 'done' && !id ? createdSecret(state.data) : null;

  if (created) {
    return (
      <div className="space-y-4" data-testid="webhook-created">
        <p className="text-sm text-slate-800">The webhook is added. Deliveries start with the next ticket event.</p>
        <WebhookSecret secret={created.secret} />
        <Link href={`/admin/webhooks/${created.id}`} className="inline-block text-sm font-medium text-brand-700 hover:underline">
          Open the webhook and its delivery log
        </Link>
      </div>
    );
  }

  const eventsError = errorFor('events');
  return (
    <form ref={formRef} action={formAction} onSubmit={onSubmit} noValidate className="space-y-6">
      {summaryMessage ? <ErrorSummary message={summaryMessage} items={summaryItems(fieldOrder)} focusKey={summaryKey} /> : null}
      {id ? <input type="hidden" name="id" value={id} /> : null}
      <TextField
        label="Address (URL)"
        type="url"
        inputMode="url"
        autoCapitalize="none"
        spellCheck={false}
        maxLength={WEBHOOK_LIMITS.url}
        hint="Where Deskline POSTs each event, like https://example.com/hooks/deskline."
        defaultValue={values.url}
        error={errorFor('url')}
        {...register('url')}
      />
      <TextField
        label="Description"
        optional
        maxLength={WEBHOOK_LIMITS.description}
        defaultValue={values.description}
        error={errorFor('description')}
        {...register('description')}
      />
      <fieldset aria-describedby={eventsError ? 'field-events-error' : undefined}>
        <legend className="text-sm font-medium text-slate-800">Events</legend>
        <div id="field-events" tabIndex={-1} className="mt-2 space-y-1">
          {webhookEventTypes.map((type) => (
            <label key={type} className="flex min-h-11 items-start gap-3 py-1 text-sm text-slate-900">
              <input type="checkbox" value={type} className="mt-0.5 size-5 shrink-0 accent-brand-600" {...register('events')} />
              <span>
                <span className="font-mono font-medium">{type}</span>
                <span className="block text-slate-600">{webhookEventLabels[type]}</span>
              </span>
            </label>
          ))}
        </div>
        {eventsError ? (
          <p id="field-events-error" className="mt-1.5 text-sm font-medium text-red-700" data-testid="error-events">
            {eventsError}
          </p>
        ) : null}
      </fieldset>
      <label className="flex min-h-11 items-start gap-3 text-sm text-slate-900">
        <input type="checkbox" value="on" className="mt-0.5 size-5 shrink-0 accent-brand-600" {...register('includeInternal')} />
        <span>
          <span className="font-medium">Include internal notes</span>
          <span className="block text-slate-600">Staff-only notes go to this receiver too. Leave it off for anything a customer could see.</span>
        </span>
      </label>
      {id ? (
        <label className="flex min-h-11 items-center gap-3 text-sm font-medium text-slate-900">
          <input type="checkbox" name="active" defaultChecked={defaults.active} className="size-5 accent-brand-600" />
          Active (turned off, it receives nothing and waiting deliveries fail)
        </label>
      ) : null}
      <div className="flex justify-end">
        <Button type="submit" disabled={pending} className="w-full sm:w-auto">
          {pending ? 'Saving…' : id ? 'Save changes' : 'Add webhook'}
        </Button>
      </div>
    </form>
  );
}
