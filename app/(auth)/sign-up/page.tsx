import type { Metadata } from 'next';
import Link from 'next/link';
import { redirect } from 'next/navigation';
import { AuthCard } from '@/components/auth/auth-card';
import { SignUpForm } from '@/components/auth/sign-up-form';
import { getActor } from '@/lib/auth/session';
import { signUpAction } from '../actions';

export const metadata: Metadata = { title: 'Create an account' };

export default async function SignUpPage() {
  if ((await getActor()).kind === 'user') redirect('/continue');
  return (
    <AuthCard
      title="Create your account"
      description="Keep your requests in one place and reply to the support team."
      footer={
        <>
          Already have an account?{' '}
          <Link href="/sign-in" className="font-semibold text-brand-700 underline-offset-2 hover:underline">
            Sign in
          </Link>
        </>
      }
    >
      <SignUpForm action={signUpAction} kind="customer" />
    </AuthCard>
  );
}
