import { ActionForm } from '@/components/admin/action-form';
import { Badge } from '@/components/ui/badge';
import { Button, ButtonLink } from '@/components/ui/button';
import type { FormAction } from '@/lib/forms/form-state';
import type { SavedReplyRow } from '@/lib/saved-replies/manage';

type Props = { rows: SavedReplyRow[]; deleteAction: FormAction; empty: string; testId: string };

const uses = (count: number) => (count === 1 ? 'Used once' : count ? `Used ${count} times` : 'Not used yet');

/** One section of saved replies; edit and delete only where the reader may change the reply. */
export function SavedReplyList({ rows, deleteAction, empty, testId }: Props) {
  if (rows.length === 0) return <p className="rounded-2xl bg-white p-6 text-center text-slate-600 ring-1 ring-slate-200">{empty}</p>;
  return (
    <ul className="divide-y divide-slate-100 overflow-hidden rounded-2xl bg-white shadow-sm ring-1 ring-slate-200" data-testid={testId}>
      {rows.map((row) => (
        <li key={row.id} className="flex flex-col gap-3 p-4 sm:p-5 lg:flex-row lg:items-start lg:justify-between" data-testid="saved-reply-row">
          <div className="min-w-0">
            <p className="flex flex-wrap items-center gap-2">
              <span className="font-medium break-words text-slate-900">{row.title}</span>
              {row.shared ? <Badge tone="blue">Shared</Badge> : null}
              <span className="text-sm text-slate-600">{uses(row.usageCount)}</span>
            </p>
            <p className="mt-1 line-clamp-3 text-sm break-words whitespace-pre-wrap text-slate-700">{row.body}</p>
          </div>
          {row.editable ? (
            <div className="flex shrink-0 flex-wrap gap-2">
              <ButtonLink href={`/desk/replies/${row.id}`} variant="secondary" className="px-3">
                Edit<span className="sr-only"> {row.title}</span>
              </ButtonLink>
              <ActionForm action={deleteAction} fields={{ id: row.id }}>
                <Button type="submit" variant="secondary" className="px-3">
                  Delete<span className="sr-only"> {row.title}</span>
                </Button>
              </ActionForm>
            </div>
          ) : null}
        </li>
      ))}
    </ul>
  );
}
