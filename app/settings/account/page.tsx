import type { Metadata } from 'next';
import { DeleteAccountForm } from '@/components/settings/delete-account-form';
import { ProfileForm } from '@/components/settings/profile-form';
import { Badge } from '@/components/ui/badge';
import { Card } from '@/components/ui/card';
import { PageHeader } from '@/components/ui/page-header';
import { StatusNotice } from '@/components/ui/status-notice';
import { getAccountProfile } from '@/lib/account/profile';
import { can } from '@/lib/access/permissions';
import { forPage } from '@/lib/auth/page-guard';
import { getActor } from '@/lib/auth/session';
import { roleLabel, roleTone } from '@/lib/vocabulary';
import { deleteAccountAction, profileAction } from './actions';

export const metadata: Metadata = { title: 'Account' };

const linkClass = 'font-medium text-brand-700 underline-offset-2 hover:underline';

/** Every signed-in person's own account: their name, and for customers their data. */
export default async function AccountPage({ searchParams }: { searchParams: Promise<{ saved?: string }> }) {
  const { saved } = await searchParams;
  const actor = await getActor();
  const profile = await forPage(() => getAccountProfile(actor), '/settings/account');
  const selfService = can(actor, 'account:self-service');

  return (
    <div className="mx-auto max-w-2xl space-y-6">
      <PageHeader title="Account" description="Your name, and what Deskline holds about you." />
      {saved ? <StatusNotice testId="settings-notice">Saved. Your name is up to date.</StatusNotice> : null}

      <Card className="space-y-4">
        <h2 className="text-lg font-semibold text-slate-900">Profile</h2>
        <dl className="grid gap-4 text-sm sm:grid-cols-2">
          <div>
            <dt className="font-medium text-slate-600">Email</dt>
            <dd className="mt-0.5 break-all text-slate-900" data-testid="account-email">
              {profile.email}
            </dd>
          </div>
          <div>
            <dt className="font-medium text-slate-600">Role</dt>
            <dd className="mt-0.5">
              <Badge tone={roleTone[profile.role]}>{roleLabel[profile.role]}</Badge>
            </dd>
          </div>
        </dl>
        <ProfileForm action={profileAction} name={profile.name} />
      </Card>

      {selfService ? (
        <>
          <Card className="space-y-3">
            <h2 className="text-lg font-semibold text-slate-900">Your data</h2>
            <p className="text-sm text-slate-700">
              Download a copy of everything we hold about you as a JSON file: your profile, your requests with their public messages, your
              ratings, your mail settings and your notifications.
            </p>
            {/* A plain link: the browser saves the file, with or without JavaScript. */}
            <a href="/settings/account/export" download className={linkClass} data-testid="export-data">
              Download my data (JSON)
            </a>
          </Card>

          <Card className="space-y-3">
            <h2 id="delete-heading" className="text-lg font-semibold text-slate-900">
              Delete your account
            </h2>
            <div className="space-y-2 text-sm text-slate-700">
              <p>This cannot be undone. Download your data first if you want a copy.</p>
              <ul className="list-disc space-y-1 pl-5">
                <li>Your account is removed: your email address and password no longer sign in, and you are signed out everywhere.</li>
                <li>
                  Your requests and their messages stay with the support team, so the work on them is not lost, but under “Deleted customer”,
                  without your name, email address or phone number. Their private links stop working.
                </li>
                <li>Your mail settings, notifications and any mail still waiting to be sent to you are deleted; we will not mail you again.</li>
              </ul>
            </div>
            <DeleteAccountForm action={deleteAccountAction} email={profile.email} submitLabel="Delete my account" />
          </Card>
        </>
      ) : (
        <Card className="space-y-2 text-sm text-slate-700">
          <h2 className="text-lg font-semibold text-slate-900">Deleting a staff account</h2>
          <p>
            Staff accounts are not deleted here: the tickets you worked keep your name as the record of who did what. To stop using Deskline,
            ask an admin to suspend your account.
          </p>
        </Card>
      )}
    </div>
  );
}
