import type { Metadata } from 'next';
import Link from 'next/link';
import { redirect } from 'next/navigation';
import { AuthCard } from '@/components/auth/auth-card';
import { SignInForm } from '@/components/auth/sign-in-form';
import { StatusNotice } from '@/components/ui/status-notice';
import { getActor } from '@/lib/auth/session';
import { safeRedirectPath } from '@/lib/http/safe-redirect';
import { signInAction } from '../actions';

export const metadata: Metadata = { title: 'Sign in' };

export default async function SignInPage({ searchParams }: { searchParams: Promise<{ callbackUrl?: string; reset?: string; created?: string }> }) {
  const actor = await getActor();
  if (actor.kind === 'user') redirect('/continue');
  const { callbackUrl: requested, reset, created } = await searchParams;
  const callbackUrl = safeRedirectPath(requested);

  return (
    <AuthCard
      title="Sign in to Deskline"
      description="Customers follow their requests; agents and admins work the desk."
      footer={
        <>
          Need help without an account?{' '}
          <Link href="/contact" className="font-semibold text-brand-700 underline-offset-2 hover:underline">
            Use the contact form
          </Link>
        </>
      }
    >
      {reset ? (
        <StatusNotice testId="password-reset-done" className="mb-5">
          Your password is changed. Sign in with the new one.
        </StatusNotice>
      ) : null}
      {created ? (
        <StatusNotice testId="account-created" className="mb-5">
          {created === 'agent' ? 'Your application is in. Sign in to follow it.' : 'Your account is ready. Sign in with the password you chose.'}
        </StatusNotice>
      ) : null}
      <SignInForm action={signInAction} callbackUrl={callbackUrl} />
    </AuthCard>
  );
}
