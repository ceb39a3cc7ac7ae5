import type { Metadata } from 'next';
import Link from 'next/link';
import { ActionForm } from '@/components/admin/action-form';
import { Notice } from '@/components/admin/notice';
import { deskControl } from '@/components/desk/control-class';
import { Button } from '@/components/ui/button';
import { PageHeader } from '@/components/ui/page-header';
import { forPage } from '@/lib/auth/page-guard';
import { getActor } from '@/lib/auth/session';
import { listTagsForAdmin } from '@/lib/tags/manage';
import { queueHref } from '@/lib/tickets/queue';
import { mergeTagsAction, renameTagAction } from './actions';

export const metadata: Metadata = { title: 'Tags' };

const doneText: Record<string, string> = { renamed: 'Renamed', merged: 'Merged into' };

export default async function TagsPage({ searchParams }: { searchParams: Promise<{ done?: string; tag?: string }> }) {
  const { done, tag } = await searchParams;
  const actor = await getActor();
  const rows = await forPage(() => listTagsForAdmin(actor), '/admin/tags');
  const subject = rows.find((row) => row.id === tag);
  const notice = done && doneText[done] && subject ? `${doneText[done]}: ${subject.name}.` : null;

  return (
    <div className="space-y-8">
      <PageHeader title="Tags" description="The tags agents put on tickets. Rename one on every ticket at once, or merge two that mean the same." />
      {notice ? <Notice>{notice}</Notice> : null}
      {rows.length === 0 ? (
        <p className="rounded-2xl bg-white p-8 text-center text-slate-600 ring-1 ring-slate-200">No tags yet: agents add them on a ticket’s page.</p>
      ) : (
        <ul className="divide-y divide-slate-100 overflow-hidden rounded-2xl bg-white shadow-sm ring-1 ring-slate-200">
          {rows.map((row) => (
            <li key={row.id} className="flex flex-col gap-3 p-4 sm:p-5" data-testid="tag-row">
              <p className="flex flex-wrap items-baseline gap-2">
                <span className="font-medium break-all text-slate-900">{row.name}</span>
                <Link href={queueHref({ view: 'open', sort: 'activity', tag: row.name }, '/admin/tickets')} className="text-sm text-brand-700 hover:underline">
                  {row.tickets === 1 ? '1 ticket' : `${row.tickets} tickets`}
                  <span className="sr-only"> tagged {row.name}</span>
                </Link>
              </p>
              <div className="grid gap-3 lg:grid-cols-2">
                <ActionForm action={renameTagAction} fields={{ id: row.id }} label={`Rename ${row.name}`} className="flex flex-wrap items-end gap-2">
                  <div className="min-w-0 flex-1">
                    <label htmlFor={`rename-${row.id}`} className="mb-1 block text-xs font-semibold text-slate-600">New name</label>
                    <input id={`rename-${row.id}`} name="name" defaultValue={row.name} required maxLength={40} autoComplete="off" className={deskControl} />
                  </div>
                  <Button type="submit" variant="secondary">Rename<span className="sr-only"> {row.name}</span></Button>
                </ActionForm>
                {rows.length > 1 ? (
                  <ActionForm action={mergeTagsAction} fields={{ sourceId: row.id }} label={`Merge ${row.name}`} className="flex flex-wrap items-end gap-2">
                    <div className="min-w-0 flex-1">
                      <label htmlFor={`merge-${row.id}`} className="mb-1 block text-xs font-semibold text-slate-600">Merge into</label>
                      <select id={`merge-${row.id}`} name="targetId" defaultValue="" required className={deskControl}>
                        <option value="" disabled>Choose a tag</option>
                        {rows.filter((other) => other.id !== row.id).map((other) => (
                          <option key={other.id} value={other.id}>{other.name}</option>
                        ))}
                      </select>
                    </div>
                    <Button type="submit" variant="secondary">Merge<span className="sr-only"> {row.name}</span></Button>
                  </ActionForm>
                ) : null}
              </div>
            </li>
          ))}
        </ul>
      )}
    </div>
  );
}
