import type { Metadata } from 'next';
import Link from 'next/link';
import { SavedReplyForm } from '@/components/desk/saved-reply-form';
import { SavedReplyList } from '@/components/desk/saved-reply-list';
import { Button } from '@/components/ui/button';
import { Card } from '@/components/ui/card';
import { PageHeader } from '@/components/ui/page-header';
import { StatusNotice } from '@/components/ui/status-notice';
import { isAdmin } from '@/lib/access/actor';
import { forPage } from '@/lib/auth/page-guard';
import { getActor } from '@/lib/auth/session';
import { listSavedReplies } from '@/lib/saved-replies/manage';
import { SAVED_REPLY_LIMITS } from '@/lib/saved-replies/schemas';
import { deleteSavedReplyAction, saveSavedReplyAction } from './actions';

export const metadata: Metadata = { title: 'Saved replies' };

const doneText: Record<string, string> = { added: 'Saved reply added.', saved: 'Saved reply changed.', deleted: 'Saved reply deleted.' };

type Props = { searchParams: Promise<{ q?: string; done?: string }> };

export default async function SavedRepliesPage({ searchParams }: Props) {
  const { q: rawQ, done } = await searchParams;
  const q = typeof rawQ === 'string' ? rawQ.slice(0, SAVED_REPLY_LIMITS.search) : '';
  const actor = await getActor();
  const rows = await forPage(() => listSavedReplies(actor, { q }), '/desk/replies');
  const admin = isAdmin(actor);
  const notice = done ? doneText[done] : undefined;
  const none = q ? 'None match this search.' : undefined;

  return (
    <div className="mx-auto max-w-4xl space-y-8">
      <Link href="/desk" className="inline-block text-sm font-medium text-brand-700 hover:underline">
        ← Back to the queue
      </Link>
      <PageHeader
        title="Saved replies"
        description="Answers you give often, ready to insert in a reply (Alt+R in the composer). The most used come first."
      />
      {notice ? <StatusNotice testId="desk-notice">{notice}</StatusNotice> : null}
      <form role="search" action="/desk/replies" className="flex flex-col gap-2 sm:flex-row sm:items-end">
        <div className="grow">
          <label htmlFor="replies-search" className="block text-sm font-medium text-slate-800">
            Search titles and text
          </label>
          <input
            id="replies-search"
            type="search"
            name="q"
            defaultValue={q}
            maxLength={SAVED_REPLY_LIMITS.search}
            className="mt-1.5 block w-full rounded-lg border-0 bg-white px-3 py-2.5 text-base text-slate-900 shadow-sm ring-1 ring-slate-300 ring-inset focus:ring-2 focus:ring-brand-600 focus:outline-none sm:text-sm"
          />
        </div>
        <Button type="submit" variant="secondary">
          Search
        </Button>
      </form>

      <section aria-labelledby="own-title" className="space-y-3">
        <h2 id="own-title" className="text-lg font-semibold text-slate-900">Yours</h2>
        <SavedReplyList
          rows={rows.filter((row) => !row.shared)}
          deleteAction={deleteSavedReplyAction}
          empty={none ?? 'You have no saved replies of your own yet.'}
          testId="own-replies"
        />
      </section>
      <section aria-labelledby="shared-title" className="space-y-3">
        <h2 id="shared-title" className="text-lg font-semibold text-slate-900">Shared with every agent</h2>
        <p className="text-sm text-slate-600">{admin ? 'As an admin you keep these for the whole team.' : 'Admins keep these; you can use them.'}</p>
        <SavedReplyList
          rows={rows.filter((row) => row.shared)}
          deleteAction={deleteSavedReplyAction}
          empty={none ?? 'No shared saved replies yet.'}
          testId="shared-replies"
        />
      </section>

      <Card>
        <h2 className="mb-4 text-lg font-semibold text-slate-900">Add a saved reply</h2>
        <SavedReplyForm key={rows.length} action={saveSavedReplyAction} defaults={{}} mayShare={admin} />
      </Card>
    </div>
  );
}
