import type { Metadata } from 'next';
import Link from 'next/link';
import { AuthCard } from '@/components/auth/auth-card';
import { ForgotPasswordForm } from '@/components/auth/forgot-password-form';
import { StatusNotice } from '@/components/ui/status-notice';
import { RESET_LINK_MINUTES } from '@/lib/users/password-reset';
import { forgotPasswordAction } from '../password-actions';

export const metadata: Metadata = { title: 'Forgot your password?' };

/** The same answer whether or not the address has an account: only its owner's inbox tells. */
export default async function ForgotPasswordPage({ searchParams }: { searchParams: Promise<{ sent?: string }> }) {
  const { sent } = await searchParams;
  return (
    <AuthCard
      title="Forgot your password?"
      description="Enter the email you sign in with and we will send you a link to choose a new password."
      footer={
        <Link href="/sign-in" className="font-semibold text-brand-700 underline-offset-2 hover:underline">
          Back to sign in
        </Link>
      }
    >
      {sent ? (
        <StatusNotice testId="reset-sent">
          If an account uses that address, a link to choose a new password is on its way. It works once, for {RESET_LINK_MINUTES} minutes.
        </StatusNotice>
      ) : (
        <ForgotPasswordForm action={forgotPasswordAction} />
      )}
    </AuthCard>
  );
}
