import type { Metadata } from 'next';
import Link from 'next/link';
import { PageHeader } from '@/components/ui/page-header';
import { getAdminOverview } from '@/lib/admin/overview';
import { forPage } from '@/lib/auth/page-guard';
import { getActor } from '@/lib/auth/session';

export const metadata: Metadata = { title: 'Admin' };

const n = (value: number) => value.toLocaleString('en');

export default async function AdminPage() {
  const actor = await getActor();
  const overview = await forPage(() => getAdminOverview(actor), '/admin');
  const cards = [
    {
      href: '/admin/agents',
      title: 'Agents',
      figure: n(overview.pendingApplications),
      unit: overview.pendingApplications === 1 ? 'application waiting' : 'applications waiting',
      note: `${n(overview.activeStaff)} active agents and admins`,
      urgent: overview.pendingApplications > 0,
    },
    { href: '/admin/users', title: 'Users', figure: n(overview.users), unit: 'accounts', note: 'Search by name or email' },
    { href: '/admin/faq', title: 'FAQ', figure: n(overview.faqPublished), unit: 'published articles', note: `${n(overview.faqDrafts)} drafts` },
    {
      href: '/admin/categories',
      title: 'Categories',
      figure: n(overview.categoriesActive),
      unit: 'active',
      note: `${n(overview.categoriesInactive)} deactivated`,
    },
    { href: '/admin/audit', title: 'Audit log', figure: n(overview.changesLastDay), unit: 'changes in the last 24 hours', note: 'Who changed what, and when' },
    { href: '/admin/stats', title: 'Statistics', figure: n(overview.openTickets), unit: 'open tickets', note: 'Volumes, response times and ratings' },
  ];

  return (
    <div>
      <PageHeader title="Admin" description="Run the helpdesk: the team, the help centre’s articles, categories, and what happened when." />
      <ul className="grid gap-4 sm:grid-cols-2 lg:grid-cols-3">
        {cards.map((card) => (
          <li key={card.href}>
            <Link
              href={card.href}
              className="block h-full rounded-2xl bg-white p-6 shadow-sm ring-1 ring-slate-200 transition hover:shadow-md hover:ring-brand-200"
            >
              <h2 className="text-base font-semibold text-slate-900">{card.title}</h2>
              <p className="mt-3 flex items-baseline gap-2">
                <span className={card.urgent ? 'text-3xl font-bold text-amber-800' : 'text-3xl font-bold text-slate-900'}>{card.figure}</span>
                <span className="text-sm text-slate-700">{card.unit}</span>
              </p>
              <p className="mt-2 text-sm text-slate-600">{card.note}</p>
            </Link>
          </li>
        ))}
      </ul>
    </div>
  );
}
