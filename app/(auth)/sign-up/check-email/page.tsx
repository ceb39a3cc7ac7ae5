import type { Metadata } from 'next';
import Link from 'next/link';
import { AuthCard } from '@/components/auth/auth-card';

export const metadata: Metadata = { title: 'Check your email' };

/** The one answer to every sign-up, so that it never tells whether an email already has an account. */
export default async function CheckEmailPage({ searchParams }: { searchParams: Promise<{ as?: string }> }) {
  const agent = (await searchParams).as === 'agent';
  return (
    <AuthCard title="Check your email to continue">
      <div className="space-y-4 text-slate-700" data-testid="check-email">
        <p>
          We have sent a message to the address you gave. Open the link in it to {agent ? 'send your application' : 'create your account'}
          ; the link works for 24 hours.
        </p>
        <p>If that address already has an account, the message says so instead, with a way to sign in or choose a new password.</p>
        <p>
          <Link href="/sign-in" className="font-semibold text-brand-700 underline-offset-2 hover:underline">
            Go to sign in
          </Link>
        </p>
      </div>
    </AuthCard>
  );
}
