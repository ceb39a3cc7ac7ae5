import Link from 'next/link';
import { Badge } from '@/components/ui/badge';
import { Button } from '@/components/ui/button';
import type { FaqAdminRow } from '@/lib/faq/manage';
import type { FormAction } from '@/lib/forms/form-state';
import { ActionForm } from './action-form';

type Group = { key: string; name: string; rows: FaqAdminRow[] };

function groupByCategory(rows: FaqAdminRow[]): Group[] {
  const groups: Group[] = [];
  for (const row of rows) {
    const key = row.categoryId ?? 'none';
    let group = groups.at(-1);
    if (group?.key !== key) {
      group = { key, name: row.categoryName ?? 'No category', rows: [] };
      groups.push(group);
    }
    group.rows.push(row);
  }
  return groups;
}

function Quick({ action, row, decision, label, hidden }: { action: FormAction; row: FaqAdminRow; decision: string; label: string; hidden: string }) {
  return (
    <ActionForm action={action} fields={{ id: row.id, decision }}>
      <Button type="submit" variant="secondary" className="px-3">
        {label}
        <span className="sr-only"> {hidden}</span>
      </Button>
    </ActionForm>
  );
}

/** Articles per category in their public order, with one-click publish and move buttons. */
export function FaqList({ rows, action }: { rows: FaqAdminRow[]; action: FormAction }) {
  return (
    <div className="space-y-8">
      {groupByCategory(rows).map((group) => (
        <section key={group.key} aria-labelledby={`group-${group.key}`} className="space-y-3">
          <h2 id={`group-${group.key}`} className="text-lg font-semibold text-slate-900">
            {group.name} <span className="font-normal text-slate-600">({group.rows.length})</span>
          </h2>
          <ol className="divide-y divide-slate-100 overflow-hidden rounded-2xl bg-white shadow-sm ring-1 ring-slate-200">
            {group.rows.map((row, index) => (
              <li key={row.id} className="flex flex-col gap-3 p-4 sm:p-5 lg:flex-row lg:items-center lg:justify-between" data-testid="faq-row">
                <div className="min-w-0">
                  <Link href={`/admin/faq/${row.id}`} className="font-medium break-words text-slate-900 hover:text-brand-700 hover:underline">
                    {row.question}
                  </Link>
                  <p className="mt-1 flex flex-wrap items-center gap-2 text-sm text-slate-600">
                    {row.published ? <Badge tone="green">Published</Badge> : <Badge tone="amber">Draft</Badge>}
                    <span className="font-mono text-xs break-all">/help/{row.slug}</span>
                  </p>
                </div>
                <div className="flex shrink-0 flex-wrap gap-2">
                  {index > 0 ? <Quick action={action} row={row} decision="up" label="Move up" hidden={`“${row.question}”`} /> : null}
                  {index < group.rows.length - 1 ? <Quick action={action} row={row} decision="down" label="Move down" hidden={`“${row.question}”`} /> : null}
                  <Quick
                    action={action}
                    row={row}
                    decision={row.published ? 'unpublish' : 'publish'}
                    label={row.published ? 'Unpublish' : 'Publish'}
                    hidden={`“${row.question}”`}
                  />
                </div>
              </li>
            ))}
          </ol>
        </section>
      ))}
    </div>
  );
}
