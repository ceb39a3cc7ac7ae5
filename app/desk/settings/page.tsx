import type { Metadata } from 'next';
import Link from 'next/link';
import { AutoAssignForm } from '@/components/desk/auto-assign-form';
import { AutoCloseForm } from '@/components/desk/auto-close-form';
import { Card } from '@/components/ui/card';
import { PageHeader } from '@/components/ui/page-header';
import { RelativeTime } from '@/components/ui/relative-time';
import { StatusNotice } from '@/components/ui/status-notice';
import { forPage } from '@/lib/auth/page-guard';
import { getActor } from '@/lib/auth/session';
import { getAutoAssignSetting } from '@/lib/settings/auto-assign';
import { getAutoCloseSetting } from '@/lib/settings/auto-close';
import { autoAssignAction, autoCloseAction } from './actions';

export const metadata: Metadata = { title: 'Desk settings' };

/** Admins only: anyone else is told the page does not exist (getAutoAssignSetting refuses them). */
export default async function DeskSettingsPage({ searchParams }: { searchParams: Promise<{ saved?: string }> }) {
  const { saved } = await searchParams;
  const actor = await getActor();
  const [setting, autoClose] = await forPage(() => Promise.all([getAutoAssignSetting(actor), getAutoCloseSetting(actor)]), '/desk/settings');

  return (
    <div className="mx-auto max-w-2xl space-y-6">
      <Link href="/desk" className="inline-block text-sm font-medium text-brand-700 hover:underline">
        ← Back to the queue
      </Link>
      <PageHeader title="Desk settings" description="How new tickets reach the team, and when finished ones close." />
      {saved === 'close' ? (
        <StatusNotice testId="desk-notice">
          Saved. {autoClose.days === 0 ? 'Auto-close is off.' : `Resolved tickets close after ${autoClose.days} days without an answer.`}
        </StatusNotice>
      ) : saved ? (
        <StatusNotice testId="desk-notice">
          Saved. Auto-assignment is {setting.enabled ? 'on' : 'off'}.
        </StatusNotice>
      ) : null}
      <Card className="space-y-4">
        <h2 className="text-lg font-semibold text-slate-900">Auto-assignment</h2>
        <p className="text-sm text-slate-600">
          When it is on, each new ticket goes straight to the approved agent with the fewest open tickets; between agents
          with as many, to the one who has waited longest for a ticket. Admins are not included. When it is off, new
          tickets wait in the Unassigned view for an agent to take them.
        </p>
        <AutoAssignForm action={autoAssignAction} enabled={setting.enabled} />
        {setting.updatedAt ? (
          <p className="text-sm text-slate-600">
            Last changed by {setting.updatedBy ?? 'an admin'} <RelativeTime date={setting.updatedAt} />.
          </p>
        ) : null}
      </Card>
      <Card className="space-y-4">
        <h2 className="text-lg font-semibold text-slate-900">Auto-close</h2>
        <p className="text-sm text-slate-600">
          A resolved ticket closes by itself once it has waited this many days without an answer from the customer. An
          answer in time reopens it instead. After it closes, the customer can still open a follow-up.
        </p>
        <AutoCloseForm action={autoCloseAction} days={autoClose.days} />
        {autoClose.updatedAt ? (
          <p className="text-sm text-slate-600">
            Last changed by {autoClose.updatedBy ?? 'an admin'} <RelativeTime date={autoClose.updatedAt} />.
          </p>
        ) : null}
      </Card>
    </div>
  );
}
