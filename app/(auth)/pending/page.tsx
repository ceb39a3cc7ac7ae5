import type { Metadata } from 'next';
import { redirect } from 'next/navigation';
import { Badge } from '@/components/ui/badge';
import { Card } from '@/components/ui/card';
import { getActor } from '@/lib/auth/session';
import { getOwnStaffStatus } from '@/lib/users/profile';

export const metadata: Metadata = { title: 'Your agent application' };

const copy = {
  pending: {
    title: 'Waiting for approval',
    tone: 'amber',
    body: 'Thanks for applying. An admin reviews every new agent before they can see customer tickets. You will have access as soon as you are approved — just sign in again or refresh this page.',
  },
  rejected: {
    title: 'Application not approved',
    tone: 'red',
    body: 'An admin reviewed your application and did not approve it. If you think this is a mistake, speak to your team’s Deskline admin.',
  },
  suspended: {
    title: 'Access suspended',
    tone: 'red',
    body: 'An admin has suspended your agent access. Your account still exists; speak to your team’s Deskline admin to have it reinstated.',
  },
} as const;

export default async function PendingPage() {
  const actor = await getActor();
  if (actor.kind === 'anonymous') redirect('/sign-in?callbackUrl=/pending');
  const application = await getOwnStaffStatus(actor);
  if (!application || application.status === 'approved') redirect('/continue');
  const text = copy[application.status];

  return (
    <Card className="mx-auto max-w-2xl">
      <Badge tone={text.tone}>{application.status === 'pending' ? 'Pending' : application.status === 'rejected' ? 'Rejected' : 'Suspended'}</Badge>
      <h1 className="mt-4 text-2xl font-bold text-slate-900" data-testid="application-status">
        {text.title}
      </h1>
      <p className="mt-3 text-slate-700">{text.body}</p>
      {application.reason ? (
        <div className="mt-6 rounded-xl bg-slate-50 p-4 ring-1 ring-slate-200">
          <h2 className="text-sm font-semibold text-slate-800">Reason given</h2>
          <p className="mt-1 whitespace-pre-line text-slate-700">{application.reason}</p>
        </div>
      ) : null}
      <dl className="mt-6 grid gap-2 text-sm text-slate-600 sm:grid-cols-2">
        <div>
          <dt className="font-medium text-slate-800">Account</dt>
          <dd>{actor.kind === 'user' ? actor.email : null}</dd>
        </div>
        {application.since ? (
          <div>
            <dt className="font-medium text-slate-800">Since</dt>
            <dd>{application.since.toLocaleString('en-GB', { dateStyle: 'medium', timeStyle: 'short', timeZone: 'UTC' })} UTC</dd>
          </div>
        ) : null}
      </dl>
    </Card>
  );
}
