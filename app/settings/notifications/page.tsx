import type { Metadata } from 'next';
import { MailPreferencesForm } from '@/components/settings/mail-preferences-form';
import { Card } from '@/components/ui/card';
import { PageHeader } from '@/components/ui/page-header';
import { StatusNotice } from '@/components/ui/status-notice';
import { forPage } from '@/lib/auth/page-guard';
import { getActor } from '@/lib/auth/session';
import { mailSettings } from '@/lib/mail/settings';
import { getMailPreferences } from '@/lib/notify';
import { mailPreferencesAction } from './actions';

export const metadata: Metadata = { title: 'Mail settings' };

/** Every signed-in person's own choice of mail; visitors are sent to sign in. */
export default async function MailSettingsPage({ searchParams }: { searchParams: Promise<{ saved?: string }> }) {
  const { saved } = await searchParams;
  const actor = await getActor();
  const preferences = await forPage(() => getMailPreferences(actor), '/settings/notifications');
  const sending = Boolean(mailSettings().apiKey);

  return (
    <div className="mx-auto max-w-2xl space-y-6">
      <PageHeader title="Mail settings" description="Choose which mail Deskline sends you." />
      {saved ? <StatusNotice testId="settings-notice">Saved. Your mail settings are up to date.</StatusNotice> : null}
      <Card className="space-y-4">
        {preferences.length > 0 ? (
          <MailPreferencesForm action={mailPreferencesAction} preferences={preferences} />
        ) : (
          <p className="text-sm text-slate-600">There is no mail to choose for your account yet.</p>
        )}
        <p className="text-sm text-slate-600">
          Security mail, such as a password-reset link, is always sent and cannot be switched off.
          {actor.kind === 'user' && actor.role !== 'customer' ? ' The answer to an agent application is always sent too.' : ''}
        </p>
        {sending ? null : (
          <p className="text-sm text-slate-600">
            This helpdesk has no mail service configured yet: mail is kept in the admins’ mail log instead of being sent.
          </p>
        )}
      </Card>
    </div>
  );
}
