'use client';

import Link from 'next/link';
import { ErrorSummary } from '@/components/forms/error-summary';
import { TextField } from '@/components/forms/fields';
import { useServerForm } from '@/components/forms/use-server-form';
import { Button } from '@/components/ui/button';
import type { FormAction } from '@/lib/forms/form-state';
import { type SignInInput, signInSchema } from '@/lib/users/schemas';

type Props = {
  action: FormAction;
  callbackUrl?: string;
};

export function SignInForm({ action, callbackUrl }: Props) {
  const { form, formRef, formAction, onSubmit, pending, values, errorFor, summaryItems, summaryMessage, summaryKey } =
    useServerForm<SignInInput>({ schema: signInSchema, action, defaults: {} });
  const { register } = form;

  return (
    <form ref={formRef} action={formAction} onSubmit={onSubmit} noValidate className="space-y-5">
      {summaryMessage ? <ErrorSummary message={summaryMessage} items={summaryItems(['email', 'password'])} focusKey={summaryKey} /> : null}
      {callbackUrl ? <input type="hidden" name="callbackUrl" value={callbackUrl} /> : null}
      <TextField label="Email" type="email" autoComplete="email" inputMode="email" defaultValue={values.email} error={errorFor('email')} {...register('email')} />
      <TextField label="Password" type="password" autoComplete="current-password" error={errorFor('password')} {...register('password')} />
      <Button type="submit" disabled={pending} className="w-full">
        {pending ? 'Signing in…' : 'Sign in'}
      </Button>
      <p className="text-center text-sm">
        <Link href="/forgot-password" className="font-semibold text-brand-700 underline-offset-2 hover:underline">
          Forgot your password?
        </Link>
      </p>
      <p className="text-center text-sm text-slate-600">
        New here?{' '}
        <Link href="/sign-up" className="font-semibold text-brand-700 underline-offset-2 hover:underline">
          Create an account
        </Link>
      </p>
    </form>
  );
}
