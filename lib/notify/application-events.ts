import type { Transaction } from '@/db/client';
import { queueMail } from '@/lib/mail/queue-mail';
import { appUrl } from '@/lib/mail/settings';
import { writeNotifications } from './notification';
import { activeStaff, type Person } from './people';
import { usersWantingMail } from './preferences';

const REVIEW_PATH = '/admin/agents';

/** Someone applied for an agent account: every approved admin is told where to review it. */
export async function notifyAgentApplication(tx: Transaction, applicant: Person, now = new Date()): Promise<void> {
  const admins = (await activeStaff(tx, ['admin'])).filter((admin) => admin.id !== applicant.id);
  const wanting = await usersWantingMail(tx, admins.map((admin) => admin.id), 'agent_application');
  for (const admin of admins.filter((person) => wanting.has(person.id))) {
    await queueMail(
      tx,
      {
        kind: 'agent_application',
        to: { email: admin.email, userId: admin.id },
        props: { adminName: admin.name, applicantName: applicant.name, applicantEmail: applicant.email, reviewUrl: appUrl(REVIEW_PATH) },
      },
      now,
    );
  }
  await writeNotifications(
    tx,
    admins.map((admin) => admin.id),
    { kind: 'agent_application', title: `${applicant.name} applied for an agent account`, href: REVIEW_PATH, actorName: applicant.name },
    now,
  );
}

/**
 * An admin approved or rejected an application: the applicant always hears the answer (it
 * cannot be switched off), with the reason when rejected.
 */
export async function notifyApplicationDecided(
  tx: Transaction,
  decision: { applicant: Person; approved: boolean; reason?: string | null; adminName: string },
  now = new Date(),
): Promise<void> {
  const { applicant, approved } = decision;
  const to = { email: applicant.email, userId: applicant.id };
  if (approved) {
    await queueMail(tx, { kind: 'application_approved', to, props: { name: applicant.name, signInUrl: appUrl('/sign-in') } }, now);
  } else {
    const reason = decision.reason?.trim() || 'No reason was given.';
    await queueMail(tx, { kind: 'application_rejected', to, props: { name: applicant.name, reason } }, now);
  }
  await writeNotifications(
    tx,
    [applicant.id],
    {
      kind: 'application_decided',
      title: approved ? 'Your agent application was approved' : 'Your agent application was not approved',
      href: approved ? '/desk' : '/pending',
      actorName: decision.adminName,
    },
    now,
  );
}
