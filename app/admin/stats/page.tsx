import type { Metadata } from 'next';
import Link from 'next/link';
import { DailyChart } from '@/components/admin/daily-chart';
import { formatDuration } from '@/components/admin/format-duration';
import { AgentTable } from '@/components/admin/agent-table';
import { BarList, StatCard } from '@/components/admin/stat-blocks';
import { cn } from '@/components/ui/cn';
import { PageHeader } from '@/components/ui/page-header';
import { forPage } from '@/lib/auth/page-guard';
import { getActor } from '@/lib/auth/session';
import { getCurrentStats } from '@/lib/stats/current';
import { getRangeStats } from '@/lib/stats/range';
import { STAT_RANGES } from '@/lib/stats/schemas';
import { priorityLabel, statusLabel } from '@/lib/vocabulary';

export const metadata: Metadata = { title: 'Statistics' };

const n = (value: number) => value.toLocaleString('en');

export default async function StatsPage({ searchParams }: { searchParams: Promise<{ days?: string | string[] }> }) {
  const { days } = await searchParams;
  const actor = await getActor();
  const [now, range] = await forPage(
    () => Promise.all([getCurrentStats(actor), getRangeStats(actor, { days: typeof days === 'string' ? days : undefined })]),
    '/admin/stats',
  );
  const rated = range.csat.count;

  return (
    <div className="space-y-10">
      <PageHeader title="Statistics" description="The helpdesk right now, and over the last days. Days are UTC." />

      <section aria-labelledby="now-heading" className="space-y-4">
        <h2 id="now-heading" className="text-lg font-semibold text-slate-900">Right now</h2>
        <dl className="grid grid-cols-2 gap-3 sm:grid-cols-3 sm:gap-4">
          <StatCard label="Open tickets" value={n(now.open)} note="Not yet resolved or closed" testId="stat-open" />
          <StatCard label="Unassigned" value={n(now.unassigned)} note="Open and nobody on it" testId="stat-unassigned" />
          <StatCard label="Agent applications" value={n(now.pendingApplications)} note={<Link href="/admin/agents" className="text-brand-700 hover:underline">Review them</Link>} testId="stat-pending" />
        </dl>
        <div className="grid gap-4 lg:grid-cols-3">
          <BarList title="Open by status" items={Object.entries(now.byStatus).map(([status, value]) => ({ label: statusLabel[status as keyof typeof statusLabel], value }))} />
          <BarList title="Open by priority" items={Object.entries(now.byPriority).map(([priority, value]) => ({ label: priorityLabel[priority as keyof typeof priorityLabel], value }))} />
          <BarList title="Open by category" items={now.byCategory.map((c) => ({ label: c.name, value: c.count, note: c.active ? undefined : '(deactivated)' }))} />
        </div>
      </section>

      <section aria-labelledby="range-heading" className="space-y-4">
        <div className="flex flex-col gap-3 sm:flex-row sm:items-center sm:justify-between">
          <h2 id="range-heading" className="text-lg font-semibold text-slate-900">Last {range.days} days</h2>
          <nav aria-label="Period" className="flex gap-1 rounded-xl bg-slate-100 p-1">
            {STAT_RANGES.map((option) => (
              <Link
                key={option}
                href={`/admin/stats?days=${option}`}
                aria-current={option === range.days ? 'page' : undefined}
                className={cn(
                  'flex min-h-11 flex-1 items-center justify-center rounded-lg px-4 text-sm font-medium sm:flex-none',
                  option === range.days ? 'bg-white text-slate-900 shadow-sm' : 'text-slate-700 hover:text-slate-900',
                )}
              >
                {option} days
              </Link>
            ))}
          </nav>
        </div>
        <dl className="grid grid-cols-2 gap-3 sm:gap-4 lg:grid-cols-4">
          <StatCard label="Opened" value={n(range.opened)} note={`${n(range.resolved)} resolved`} testId="stat-opened" />
          <StatCard label="First response, median" value={formatDuration(range.firstResponse.median)} note={`90% within ${formatDuration(range.firstResponse.p90)}`} testId="stat-first-response" />
          <StatCard label="Resolution, median" value={formatDuration(range.resolution.median)} note={`90% within ${formatDuration(range.resolution.p90)}`} testId="stat-resolution" />
          <StatCard
            label="Satisfaction"
            value={range.csat.average === null ? '—' : `${range.csat.average.toFixed(1)} / 5`}
            note={`${n(rated)} ${rated === 1 ? 'rating' : 'ratings'}`}
            testId="stat-csat"
          />
        </dl>
        <p className="text-sm text-slate-600">Response and resolution times are for tickets opened in the period; ratings are those given in it.</p>
        <div className="rounded-2xl bg-white p-5 shadow-sm ring-1 ring-slate-200">
          <DailyChart daily={range.daily} />
        </div>
        <div className="grid gap-4 lg:grid-cols-[1fr_2fr]">
          <BarList
            title="Ratings"
            tone="bg-amber-500"
            items={[5, 4, 3, 2, 1].map((rating) => ({ label: `${rating} ${rating === 1 ? 'star' : 'stars'}`, value: range.csat.distribution[rating as 1 | 2 | 3 | 4 | 5] }))}
          />
          <AgentTable agents={range.agents} days={range.days} />
        </div>
      </section>
    </div>
  );
}
