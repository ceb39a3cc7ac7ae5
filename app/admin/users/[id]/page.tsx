import type { Metadata } from 'next';
import Link from 'next/link';
import { UserTickets } from '@/components/admin/user-tickets';
import { DeleteAccountForm } from '@/components/settings/delete-account-form';
import { Badge } from '@/components/ui/badge';
import { RelativeTime } from '@/components/ui/relative-time';
import { forPage } from '@/lib/auth/page-guard';
import { getActor } from '@/lib/auth/session';
import { getUserOverview } from '@/lib/users/search-users';
import { roleLabel, roleTone, staffStatusLabel, staffStatusTone } from '@/lib/vocabulary';
import { anonymiseCustomerAction } from './actions';

export const metadata: Metadata = { title: 'User' };

export default async function UserPage({ params }: { params: Promise<{ id: string }> }) {
  const { id } = await params;
  const actor = await getActor();
  const user = await forPage(() => getUserOverview(actor, { userId: id }), `/admin/users/${id}`);

  return (
    <div className="space-y-6">
      <Link href="/admin/users" className="text-sm font-medium text-brand-700 hover:underline">
        ← All users
      </Link>
      <div>
        <h1 className="text-2xl font-bold break-words text-slate-900 sm:text-3xl">{user.name}</h1>
        <div className="mt-3 flex flex-wrap items-center gap-2">
          <Badge tone={roleTone[user.role]}>{roleLabel[user.role]}</Badge>
          {user.staffStatus ? <Badge tone={staffStatusTone[user.staffStatus]}>{staffStatusLabel[user.staffStatus]}</Badge> : null}
        </div>
      </div>
      <dl className="grid gap-4 rounded-2xl bg-white p-6 text-sm shadow-sm ring-1 ring-slate-200 sm:grid-cols-3">
        <div>
          <dt className="font-medium text-slate-600">Email</dt>
          <dd className="mt-0.5 break-all text-slate-900">{user.email}</dd>
        </div>
        <div>
          <dt className="font-medium text-slate-600">Phone</dt>
          <dd className="mt-0.5 text-slate-900">{user.phone ?? '—'}</dd>
        </div>
        <div>
          <dt className="font-medium text-slate-600">Joined</dt>
          <dd className="mt-0.5 text-slate-900">
            <RelativeTime date={user.createdAt} />
          </dd>
        </div>
        {user.statusReason ? (
          <div className="sm:col-span-3">
            <dt className="font-medium text-slate-600">Reason for the current status</dt>
            <dd className="mt-0.5 text-slate-900">{user.statusReason}</dd>
          </div>
        ) : null}
      </dl>
      {user.role === 'customer' ? (
        <section aria-labelledby="data-heading" className="space-y-4 rounded-2xl bg-white p-6 text-sm shadow-sm ring-1 ring-slate-200">
          <h2 id="data-heading" className="text-lg font-semibold text-slate-900">
            Personal data
          </h2>
          <p className="text-slate-700">
            For a request made by mail or on a ticket. Both are written to the audit log.{' '}
            <a href={`/admin/users/${user.id}/export`} download className="font-medium text-brand-700 underline-offset-2 hover:underline" data-testid="admin-export-data">
              Download their data (JSON)
            </a>
            , the same file the customer downloads from their account page.
          </p>
          <p className="text-slate-700">
            Deleting the account removes it and its mail settings, notifications and unsent mail; their tickets and messages stay, under
            “Deleted customer”, without name, email address or phone. It cannot be undone.
          </p>
          <DeleteAccountForm action={anonymiseCustomerAction} email={user.email} fields={{ userId: user.id }} submitLabel="Delete this customer’s account" />
        </section>
      ) : null}
      {user.role !== 'customer' ? (
        <p className="text-sm text-slate-700">
          Approve, suspend or change the role of staff on the{' '}
          <Link href="/admin/agents" className="font-medium text-brand-700 underline-offset-2 hover:underline">
            Agents
          </Link>{' '}
          page.
        </p>
      ) : null}
      <div className="grid gap-6 lg:grid-cols-2 lg:items-start">
        <UserTickets title="Requested tickets" id="requested-heading" count={user.requested.count} latest={user.requested.latest} empty="No tickets from this account or its email address." />
        {user.assigned ? (
          <UserTickets title="Open tickets assigned" id="assigned-heading" count={user.assigned.count} latest={user.assigned.latest} empty="Nothing open is assigned to them." />
        ) : null}
      </div>
    </div>
  );
}
