'use client';

import { useEffect } from 'react';
import { ErrorSummary } from '@/components/forms/error-summary';
import { SelectField, TextField } from '@/components/forms/fields';
import { useServerForm } from '@/components/forms/use-server-form';
import { Button } from '@/components/ui/button';
import { type CreateTokenFormInput, createTokenFormSchema, TOKEN_NAME_MAX, tokenAccessChoices, tokenExpiryChoices } from '@/lib/api-tokens/schemas';
import type { FormAction } from '@/lib/forms/form-state';
import { NewToken } from './new-token';

export type CreatedToken = { name: string; token: string; expiresAt: string | null };

const fieldOrder: Array<keyof CreateTokenFormInput & string> = ['name', 'scopes', 'expiresInDays'];
const defaults: CreateTokenFormInput = { name: '', scopes: 'read', expiresInDays: '90' };

/** Creating answers the token to this form, the one time it is shown; it never goes into an address. */
export function CreateTokenForm({ action }: { action: FormAction<CreatedToken> }) {
  const { state, form, formRef, formAction, onSubmit, pending, values, errorFor, summaryItems, summaryMessage, summaryKey } =
    useServerForm<CreateTokenFormInput>({ schema: createTokenFormSchema, action: action as unknown as FormAction, defaults });
  const created = state.status === 'done' ? (state.data as unknown as CreatedToken) : null;
  const { register, setValue } = form;

  // A blank name for the next token, the choices kept; the one just made stays shown above it.
  useEffect(() => {
    if (created) setValue('name', '');
  }, [created, setValue]);

  const scopesError = errorFor('scopes');
  return (
    <div className="space-y-6">
      {created ? <NewToken key={created.token} {...created} /> : null}
      <form ref={formRef} action={formAction} onSubmit={onSubmit} noValidate aria-label="Create a token" className="space-y-5">
        {summaryMessage ? <ErrorSummary message={summaryMessage} items={summaryItems(fieldOrder)} focusKey={summaryKey} /> : null}
        <TextField
          label="Name"
          hint="What it is for, so you know which one to revoke later: “Nightly export”, “Slack bot”."
          maxLength={TOKEN_NAME_MAX}
          autoComplete="off"
          defaultValue={values.name}
          error={errorFor('name')}
          {...register('name')}
        />
        <fieldset aria-describedby={scopesError ? 'field-scopes-error' : undefined}>
          <legend className="text-sm font-medium text-slate-800">Access</legend>
          <div id="field-scopes" tabIndex={-1} className="mt-2 space-y-1">
            {tokenAccessChoices.map((choice) => (
              <label key={choice.value} className="flex min-h-11 items-start gap-3 py-1 text-sm text-slate-900">
                <input
                  type="radio"
                  value={choice.value}
                  defaultChecked={values.scopes === choice.value}
                  className="mt-0.5 size-5 shrink-0 accent-brand-600"
                  {...register('scopes')}
                />
                <span>
                  <span className="font-medium">{choice.label}</span>
                  <span className="block text-slate-600">{choice.hint}</span>
                </span>
              </label>
            ))}
          </div>
          {scopesError ? (
            <p id="field-scopes-error" className="mt-1.5 text-sm font-medium text-red-700" data-testid="error-scopes">
              {scopesError}
            </p>
          ) : null}
        </fieldset>
        <SelectField
          label="Expires after"
          hint="A token that expires limits the harm if it leaks."
          options={tokenExpiryChoices.map(({ value, label }) => ({ value, label }))}
          defaultValue={values.expiresInDays}
          error={errorFor('expiresInDays')}
          className="sm:w-56"
          {...register('expiresInDays')}
        />
        <Button type="submit" disabled={pending} className="w-full sm:w-auto">
          {pending ? 'Creating…' : 'Create token'}
        </Button>
      </form>
    </div>
  );
}
