import { randomUUID } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { freshIp, makeUser } from '@/lib/testing/fixtures';
import { withMailEnv } from '@/lib/testing/mail-env';
import { mailsWhere, notificationsOf } from '@/lib/testing/notify-fixtures';
import { approveAgent, rejectAgent } from '@/lib/users/moderate-agent';
import { registerAgent } from '@/lib/users/register';
import { signUpConfirmed } from '@/lib/testing/sign-up';
import { saveMailPreferences } from './mail-preferences';

withMailEnv({ AUTH_URL: 'https://help.example.test', RESEND_API_KEY: 're_test_key' });

function application() {
  return { name: 'Paula Applicant', email: `paula-${randomUUID().slice(0, 8)}@example.test`, password: 'correct horse battery', phone: '+44 20 7946 0958' };
}

describe('an agent application', () => {
  it('mails every approved admin who wants it and notifies them all; agents and pending admins hear nothing', async () => {
    const admin = await makeUser('admin');
    const quietAdmin = await makeUser('admin');
    const pendingAdmin = await makeUser('admin', 'pending');
    const agent = await makeUser('agent');
    await saveMailPreferences(quietAdmin, { enabled: [] });
    const input = application();
    const applicant = await signUpConfirmed(registerAgent, input, { ip: freshIp() });

    const mails = await mailsWhere({ kind: 'agent_application' });
    const mine = mails.filter((mail) => mail.text.includes(input.email));
    expect(mine.map((mail) => mail.recipientUserId)).toContain(admin.id);
    for (const person of [quietAdmin, pendingAdmin, agent]) expect(mine.map((mail) => mail.recipientUserId)).not.toContain(person.id);
    expect(mine.find((mail) => mail.recipientUserId === admin.id)!.text).toContain('https://help.example.test/admin/agents');

    const entry = { kind: 'agent_application', title: 'Paula Applicant applied for an agent account', href: '/admin/agents', ticketId: null, actorName: 'Paula Applicant' };
    expect(await notificationsOf(admin.id)).toContainEqual(entry);
    // Switching the mail off keeps the entry in the list.
    expect(await notificationsOf(quietAdmin.id)).toContainEqual(entry);
    expect(await notificationsOf(pendingAdmin.id)).toEqual([]);
    expect(await notificationsOf(agent.id)).toEqual([]);
    expect(await notificationsOf(applicant.id)).toEqual([]);
  });

  it('that is approved or rejected tells the applicant, with the reason when rejected, and not the admin', async () => {
    const admin = await makeUser('admin');
    const approved = await signUpConfirmed(registerAgent, application(), { ip: freshIp() });
    const rejected = await signUpConfirmed(registerAgent, application(), { ip: freshIp() });
    await approveAgent(admin, { userId: approved.id });
    await rejectAgent(admin, { userId: rejected.id, reason: 'We are not hiring in your region.' });

    const [welcome] = await mailsWhere({ email: approved.email, kind: 'application_approved' });
    expect(welcome).toMatchObject({ kind: 'application_approved', recipientUserId: approved.id });
    expect(welcome!.text).toContain('https://help.example.test/sign-in');
    const [refusal] = await mailsWhere({ email: rejected.email, kind: 'application_rejected' });
    expect(refusal).toMatchObject({ kind: 'application_rejected', recipientUserId: rejected.id });
    expect(refusal!.text).toContain('We are not hiring in your region.');
    expect(await mailsWhere({ email: admin.email, kind: 'application_approved' })).toEqual([]);

    expect(await notificationsOf(approved.id)).toEqual([
      { kind: 'application_decided', title: 'Your agent application was approved', href: '/desk', ticketId: null, actorName: admin.name },
    ]);
    expect(await notificationsOf(rejected.id)).toEqual([
      { kind: 'application_decided', title: 'Your agent application was not approved', href: '/pending', ticketId: null, actorName: admin.name },
    ]);
  });
});
