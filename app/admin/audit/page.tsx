import type { Metadata } from 'next';
import { AuditFilters } from '@/components/admin/audit-filters';
import { AuditList } from '@/components/admin/audit-list';
import { ButtonLink } from '@/components/ui/button';
import { PageHeader } from '@/components/ui/page-header';
import { type AuditPage, listAuditActors, listAuditLog } from '@/lib/audit/list-audit';
import { forPage } from '@/lib/auth/page-guard';
import { getActor } from '@/lib/auth/session';
import { AppError, type FieldErrors } from '@/lib/errors';

export const metadata: Metadata = { title: 'Audit log' };

type Search = Partial<Record<'actor' | 'ticket' | 'kind' | 'from' | 'to' | 'cursor', string | string[]>>;

export default async function AuditPage({ searchParams }: { searchParams: Promise<Search> }) {
  const raw = await searchParams;
  // One value per filter, as the form sends them; a repeated parameter keeps its first.
  const values = Object.fromEntries(
    Object.entries(raw).map(([key, value]) => [key, Array.isArray(value) ? (value[0] ?? '') : (value ?? '')]),
  ) as Record<string, string>;
  const actor = await getActor();
  const { actors, page, errors } = await forPage(async () => {
    const people = await listAuditActors(actor);
    // Bad filters are the visitor's to fix: shown beside the form, not as an error page.
    const outcome = await listAuditLog(actor, values).then(
      (result): { page: AuditPage; errors: FieldErrors } => ({ page: result, errors: {} }),
      (error: unknown) => {
        if (error instanceof AppError && error.code === 'validation') return { page: { entries: [], nextCursor: null }, errors: error.fields ?? {} };
        throw error;
      },
    );
    return { actors: people, ...outcome };
  }, '/admin/audit');

  const filters = new URLSearchParams(Object.entries(values).filter(([key, value]) => key !== 'cursor' && value));
  const withCursor = (cursor: string) => `/admin/audit?${new URLSearchParams([...filters, ['cursor', cursor]])}`;
  const problems = Object.values(errors).flat();

  return (
    <div className="space-y-6">
      <PageHeader title="Audit log" description="Every change to tickets, people, FAQ articles, categories and settings: who made it, what changed, and when. Newest first." />
      <AuditFilters values={values} actors={actors} errors={errors} />
      {problems.length ? (
        <div role="alert" className="rounded-xl border-l-4 border-red-600 bg-red-50 p-4 text-sm text-red-900">
          <p className="font-semibold">These filters could not be used:</p>
          <ul className="mt-1 list-disc pl-5">
            {problems.map((problem) => (
              <li key={problem}>{problem}</li>
            ))}
          </ul>
        </div>
      ) : (
        <AuditList entries={page.entries} />
      )}
      <nav aria-label="Pagination" className="flex justify-between gap-3">
        {values.cursor ? (
          <ButtonLink href={`/admin/audit${filters.size ? `?${filters}` : ''}`} variant="secondary">
            Back to newest
          </ButtonLink>
        ) : (
          <span />
        )}
        {page.nextCursor ? (
          <ButtonLink href={withCursor(page.nextCursor)} variant="secondary">
            Older entries
          </ButtonLink>
        ) : null}
      </nav>
    </div>
  );
}
