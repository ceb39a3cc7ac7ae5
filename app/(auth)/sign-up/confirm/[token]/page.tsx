import type { Metadata } from 'next';
import { AuthCard } from '@/components/auth/auth-card';
import { ConfirmSignUpForm } from '@/components/auth/confirm-sign-up-form';
import { confirmSignUpAction } from '../../../actions';

// The token is in the path; the app-wide Referrer-Policy (same-origin) keeps it from other sites.
// Not no-referrer: a form posted under it says Origin: null, which Next refuses as cross-site.
export const metadata: Metadata = { title: 'Confirm your email' };

export default async function ConfirmSignUpPage({ params }: { params: Promise<{ token: string }> }) {
  const { token } = await params;
  return (
    <AuthCard title="Confirm your email" description="One step left: create the account you asked for.">
      <ConfirmSignUpForm action={confirmSignUpAction} token={token} />
    </AuthCard>
  );
}
