import type { Metadata } from 'next';
import Link from 'next/link';
import { redirect } from 'next/navigation';
import { AuthCard } from '@/components/auth/auth-card';
import { SignUpForm } from '@/components/auth/sign-up-form';
import { getActor } from '@/lib/auth/session';
import { agentSignUpAction } from '../../actions';

export const metadata: Metadata = { title: 'Apply as an agent' };

export default async function AgentRegisterPage() {
  if ((await getActor()).kind === 'user') redirect('/continue');
  return (
    <AuthCard
      title="Join the support team"
      description="Apply for an agent account. You can sign in straight away; an admin approves you before you see the queue."
      footer={
        <>
          Looking for help instead?{' '}
          <Link href="/contact" className="font-semibold text-brand-700 underline-offset-2 hover:underline">
            Contact support
          </Link>
        </>
      }
    >
      <SignUpForm action={agentSignUpAction} kind="agent" />
    </AuthCard>
  );
}
