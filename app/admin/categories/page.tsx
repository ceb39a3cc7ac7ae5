import type { Metadata } from 'next';
import { ActionForm } from '@/components/admin/action-form';
import { CategoryForm } from '@/components/admin/category-form';
import { Notice } from '@/components/admin/notice';
import { Badge } from '@/components/ui/badge';
import { Button, ButtonLink } from '@/components/ui/button';
import { Card } from '@/components/ui/card';
import { PageHeader } from '@/components/ui/page-header';
import { forPage } from '@/lib/auth/page-guard';
import { getActor } from '@/lib/auth/session';
import { type CategoryAdminRow, listCategoriesForAdmin } from '@/lib/categories/manage';
import { categoryDecisionAction, saveCategoryAction } from './actions';

export const metadata: Metadata = { title: 'Categories' };

const doneText: Record<string, string> = {
  added: 'Added',
  saved: 'Saved',
  up: 'Moved up',
  down: 'Moved down',
  deactivate: 'Deactivated; the forms no longer offer it, its tickets keep it',
  reactivate: 'Reactivated',
};

function Decision({ row, decision, label }: { row: CategoryAdminRow; decision: string; label: string }) {
  return (
    <ActionForm action={categoryDecisionAction} fields={{ id: row.id, decision }}>
      <Button type="submit" variant="secondary" className="px-3">
        {label}
        <span className="sr-only"> {row.name}</span>
      </Button>
    </ActionForm>
  );
}

export default async function CategoriesPage({ searchParams }: { searchParams: Promise<{ done?: string; category?: string }> }) {
  const { done, category } = await searchParams;
  const actor = await getActor();
  const rows = await forPage(() => listCategoriesForAdmin(actor), '/admin/categories');
  const subject = rows.find((row) => row.id === category);
  const notice = done && doneText[done] && subject ? `${doneText[done]}: ${subject.name}.` : null;

  return (
    <div className="space-y-8">
      <PageHeader title="Categories" description="What requesters choose from on the contact form, in this order. A deactivated category is no longer offered; tickets that have it keep it." />
      {notice ? <Notice>{notice}</Notice> : null}
      <ol className="divide-y divide-slate-100 overflow-hidden rounded-2xl bg-white shadow-sm ring-1 ring-slate-200">
        {rows.map((row, index) => (
          <li key={row.id} className="flex flex-col gap-3 p-4 sm:p-5 lg:flex-row lg:items-center lg:justify-between" data-testid="category-row">
            <div className="min-w-0">
              <p className="flex flex-wrap items-center gap-2">
                <span className="font-medium text-slate-900">{row.name}</span>
                {row.active ? null : <Badge tone="gray">Deactivated</Badge>}
              </p>
              <p className="mt-1 font-mono text-xs break-all text-slate-600">{row.slug}</p>
            </div>
            <div className="flex shrink-0 flex-wrap gap-2">
              {index > 0 ? <Decision row={row} decision="up" label="Move up" /> : null}
              {index < rows.length - 1 ? <Decision row={row} decision="down" label="Move down" /> : null}
              <ButtonLink href={`/admin/categories/${row.id}`} variant="secondary" className="px-3">
                Rename<span className="sr-only"> {row.name}</span>
              </ButtonLink>
              <Decision row={row} decision={row.active ? 'deactivate' : 'reactivate'} label={row.active ? 'Deactivate' : 'Reactivate'} />
            </div>
          </li>
        ))}
      </ol>
      <Card>
        <h2 className="mb-4 text-lg font-semibold text-slate-900">Add a category</h2>
        <CategoryForm key={rows.length} action={saveCategoryAction} defaults={{}} />
      </Card>
    </div>
  );
}
