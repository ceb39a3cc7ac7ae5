import type { Metadata } from 'next';
import Link from 'next/link';
import { Notice } from '@/components/admin/notice';
import { Badge } from '@/components/ui/badge';
import { Button } from '@/components/ui/button';
import { PageHeader } from '@/components/ui/page-header';
import { RelativeTime } from '@/components/ui/relative-time';
import { forPage } from '@/lib/auth/page-guard';
import { getActor } from '@/lib/auth/session';
import { AppError } from '@/lib/errors';
import { searchUsers, type UserListRow } from '@/lib/users/search-users';
import { roleLabel, roleTone, staffStatusLabel, staffStatusTone } from '@/lib/vocabulary';

export const metadata: Metadata = { title: 'Users' };

function anonymisedText(tickets: string | undefined): string {
  const count = Number.parseInt(tickets ?? '', 10) || 0;
  return count === 1 ? 'their ticket is kept, anonymised.' : `their ${count} tickets are kept, anonymised.`;
}

export default async function UsersPage({ searchParams }: { searchParams: Promise<{ q?: string | string[]; done?: string; tickets?: string }> }) {
  const { q: raw, done, tickets } = await searchParams;
  const q = typeof raw === 'string' ? raw : '';
  const actor = await getActor();
  const { rows, problem } = await forPage(
    () =>
      searchUsers(actor, { q }).then(
        (found): { rows: UserListRow[]; problem: string | null } => ({ rows: found, problem: null }),
        (error: unknown) => {
          if (error instanceof AppError && error.code === 'validation') return { rows: [], problem: error.fields?.q?.[0] ?? error.message };
          throw error;
        },
      ),
    '/admin/users',
  );

  return (
    <div className="space-y-6">
      <PageHeader title="Users" description="Every account: customers, agents and admins. Search by part of a name or an email address." />
      {done === 'anonymised' ? <Notice>{`The customer’s account is deleted; ${anonymisedText(tickets)}`}</Notice> : null}
      <form role="search" action="/admin/users" className="flex flex-col gap-3 sm:flex-row sm:items-end">
        <div className="flex-1">
          <label htmlFor="user-search" className="block text-sm font-medium text-slate-800">
            Name or email
          </label>
          <input
            id="user-search"
            type="search"
            name="q"
            defaultValue={q}
            maxLength={100}
            aria-invalid={problem ? true : undefined}
            aria-describedby={problem ? 'user-search-error' : undefined}
            className="mt-1.5 block w-full rounded-lg border-0 bg-white px-3 py-2.5 text-base text-slate-900 shadow-sm ring-1 ring-slate-300 ring-inset focus:ring-2 focus:ring-brand-600 sm:text-sm"
          />
        </div>
        <Button type="submit">Search</Button>
      </form>
      {problem ? (
        <p id="user-search-error" role="alert" className="text-sm font-medium text-red-700">
          {problem}
        </p>
      ) : null}
      <p className="text-sm text-slate-600" aria-live="polite">
        {q ? `${rows.length === 50 ? 'The first 50' : rows.length} ${rows.length === 1 ? 'account matches' : 'accounts match'} “${q}”.` : 'The newest accounts.'}
      </p>
      {rows.length ? (
        <ul className="divide-y divide-slate-100 overflow-hidden rounded-2xl bg-white shadow-sm ring-1 ring-slate-200">
          {rows.map((row) => (
            <li key={row.id} className="flex flex-col gap-2 p-4 sm:flex-row sm:items-center sm:justify-between sm:px-5">
              <div className="min-w-0">
                <Link href={`/admin/users/${row.id}`} className="font-medium text-slate-900 hover:text-brand-700 hover:underline">
                  {row.name}
                </Link>
                <p className="text-sm break-all text-slate-600">{row.email}</p>
              </div>
              <div className="flex flex-wrap items-center gap-2 text-sm text-slate-600">
                <Badge tone={roleTone[row.role]}>{roleLabel[row.role]}</Badge>
                {row.staffStatus ? <Badge tone={staffStatusTone[row.staffStatus]}>{staffStatusLabel[row.staffStatus]}</Badge> : null}
                <span>
                  Joined <RelativeTime date={row.createdAt} />
                </span>
              </div>
            </li>
          ))}
        </ul>
      ) : null}
    </div>
  );
}
