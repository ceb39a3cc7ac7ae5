import type { Metadata } from 'next';
import Link from 'next/link';
import { Card } from '@/components/ui/card';
import { PageHeader } from '@/components/ui/page-header';

export const metadata: Metadata = { title: 'Account deleted' };

export default function AccountDeletedPage() {
  return (
    <div className="mx-auto max-w-2xl space-y-6">
      <PageHeader title="Your account has been deleted" />
      <Card className="space-y-3 text-sm text-slate-700">
        <p>You have been signed out, and your email address and password no longer sign in.</p>
        <p>
          Your requests stay with the support team without your name, email address or phone number. To ask us something again,{' '}
          <Link href="/contact" className="font-medium text-brand-700 underline-offset-2 hover:underline">
            contact support
          </Link>{' '}
          or create a new account.
        </p>
      </Card>
    </div>
  );
}
