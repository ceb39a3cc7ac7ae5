'use client';

import { ErrorSummary } from '@/components/forms/error-summary';
import { TextField } from '@/components/forms/fields';
import { useServerForm } from '@/components/forms/use-server-form';
import { Button } from '@/components/ui/button';
import type { FormAction } from '@/lib/forms/form-state';
import { type AgentSignUpInput, agentSignUpSchema, signUpSchema } from '@/lib/users/schemas';

type Props = {
  action: FormAction;
  /** Agents also give a phone number; their account waits for approval. */
  kind: 'customer' | 'agent';
};

export function SignUpForm({ action, kind }: Props) {
  const agent = kind === 'agent';
  const { form, formRef, formAction, onSubmit, pending, values, errorFor, summaryItems, summaryMessage, summaryKey } =
    useServerForm<AgentSignUpInput>({ schema: agent ? agentSignUpSchema : signUpSchema, action, defaults: {} });
  const { register } = form;
  const order: Array<keyof AgentSignUpInput> = agent ? ['name', 'email', 'phone', 'password'] : ['name', 'email', 'password'];

  return (
    <form ref={formRef} action={formAction} onSubmit={onSubmit} noValidate className="space-y-5">
      {summaryMessage ? <ErrorSummary message={summaryMessage} items={summaryItems(order)} focusKey={summaryKey} /> : null}
      <TextField label="Full name" autoComplete="name" maxLength={120} defaultValue={values.name} error={errorFor('name')} {...register('name')} />
      <TextField
        label={agent ? 'Work email' : 'Email'}
        type="email"
        autoComplete="email"
        inputMode="email"
        defaultValue={values.email}
        error={errorFor('email')}
        {...register('email')}
      />
      {agent ? (
        <TextField
          label="Phone"
          type="tel"
          autoComplete="tel"
          hint="An admin may call to confirm your application."
          defaultValue={values.phone}
          error={errorFor('phone')}
          {...register('phone')}
        />
      ) : null}
      <TextField
        label="Password"
        type="password"
        autoComplete="new-password"
        hint="At least 10 characters."
        error={errorFor('password')}
        {...register('password')}
      />
      <Button type="submit" disabled={pending} className="w-full">
        {pending ? 'Creating your account…' : agent ? 'Apply as an agent' : 'Create account'}
      </Button>
    </form>
  );
}
