import type { Metadata } from 'next';
import { FaqList } from '@/components/admin/faq-list';
import { Notice } from '@/components/admin/notice';
import { ButtonLink } from '@/components/ui/button';
import { PageHeader } from '@/components/ui/page-header';
import { forPage } from '@/lib/auth/page-guard';
import { getActor } from '@/lib/auth/session';
import { listFaqForAdmin } from '@/lib/faq/manage';
import { faqDecisionAction } from './actions';

export const metadata: Metadata = { title: 'FAQ' };

const doneText: Record<string, string> = {
  publish: 'Published',
  unpublish: 'Unpublished',
  up: 'Moved up',
  down: 'Moved down',
  delete: 'Deleted the article',
};

export default async function FaqAdminPage({ searchParams }: { searchParams: Promise<{ done?: string; article?: string }> }) {
  const { done, article } = await searchParams;
  const actor = await getActor();
  const rows = await forPage(() => listFaqForAdmin(actor), '/admin/faq');
  const subject = rows.find((row) => row.id === article);
  const notice = done && doneText[done] ? `${doneText[done]}${subject ? `: “${subject.question}”` : ''}.` : null;

  return (
    <div>
      <PageHeader
        title="FAQ"
        description="The articles of the public help centre. Drafts stay private until you publish them; the order here is the order visitors see."
        actions={<ButtonLink href="/admin/faq/new">New article</ButtonLink>}
      />
      {notice ? <Notice>{notice}</Notice> : null}
      {rows.length ? (
        <FaqList rows={rows} action={faqDecisionAction} />
      ) : (
        <p className="rounded-2xl bg-white p-8 text-center text-slate-600 ring-1 ring-slate-200">No articles yet. Write the first one.</p>
      )}
    </div>
  );
}
