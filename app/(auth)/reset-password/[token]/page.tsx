import type { Metadata } from 'next';
import Link from 'next/link';
import { AuthCard } from '@/components/auth/auth-card';
import { ResetPasswordForm } from '@/components/auth/reset-password-form';
import { isResetTokenUsable } from '@/lib/users/password-reset';
import { resetPasswordAction } from '../../password-actions';

// The token is in the path; the app-wide Referrer-Policy (same-origin) keeps it from other sites.
// Not no-referrer: a form posted under it says Origin: null, which Next refuses as cross-site.
export const metadata: Metadata = { title: 'Choose a new password' };

export default async function ResetPasswordPage({ params }: { params: Promise<{ token: string }> }) {
  const { token } = await params;
  if (!(await isResetTokenUsable(token))) {
    return (
      <AuthCard title="This link does not work any more" description="Reset links work once, for a limited time.">
        <p className="text-center">
          <Link href="/forgot-password" className="font-semibold text-brand-700 underline-offset-2 hover:underline">
            Ask for a new link
          </Link>
        </p>
      </AuthCard>
    );
  }
  return (
    <AuthCard title="Choose a new password">
      <ResetPasswordForm action={resetPasswordAction} token={token} />
    </AuthCard>
  );
}
