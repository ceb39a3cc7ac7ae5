import type { Metadata } from 'next';
import { ChangePasswordForm } from '@/components/settings/change-password-form';
import { SessionList } from '@/components/settings/session-list';
import { Card } from '@/components/ui/card';
import { PageHeader } from '@/components/ui/page-header';
import { StatusNotice } from '@/components/ui/status-notice';
import { forPage } from '@/lib/auth/page-guard';
import { getActor } from '@/lib/auth/session';
import { listOwnSessions } from '@/lib/sessions/sessions';
import { changePasswordAction, endOtherSessionsAction, endSessionAction } from './actions';

export const metadata: Metadata = { title: 'Security' };

const notices: Record<string, string> = {
  password: 'Your password is changed. Your other sessions are signed out.',
  session: 'That session is signed out.',
  others: 'Every other session is signed out.',
};

/** Every signed-in person's sessions and password; visitors are sent to sign in. */
export default async function SecuritySettingsPage({ searchParams }: { searchParams: Promise<{ done?: string }> }) {
  const { done } = await searchParams;
  const actor = await getActor();
  const sessions = await forPage(() => listOwnSessions(actor), '/settings/security');
  const notice = done ? notices[done] : undefined;

  return (
    <div className="mx-auto max-w-2xl space-y-6">
      <PageHeader title="Security" description="Where you are signed in, and your password." />
      {notice ? <StatusNotice testId="security-notice">{notice}</StatusNotice> : null}
      <Card className="space-y-4">
        <h2 className="text-lg font-semibold text-slate-900">Where you are signed in</h2>
        <SessionList sessions={sessions} endAction={endSessionAction} endOthersAction={endOtherSessionsAction} />
      </Card>
      <Card className="space-y-4">
        <h2 className="text-lg font-semibold text-slate-900">Change password</h2>
        <ChangePasswordForm action={changePasswordAction} />
      </Card>
    </div>
  );
}
