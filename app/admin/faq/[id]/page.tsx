import type { Metadata } from 'next';
import Link from 'next/link';
import { ActionForm } from '@/components/admin/action-form';
import { FaqForm } from '@/components/admin/faq-form';
import { FaqPreview } from '@/components/admin/faq-preview';
import { Notice } from '@/components/admin/notice';
import { Button, buttonClass } from '@/components/ui/button';
import { Card } from '@/components/ui/card';
import { cn } from '@/components/ui/cn';
import { PageHeader } from '@/components/ui/page-header';
import { forPage } from '@/lib/auth/page-guard';
import { getActor } from '@/lib/auth/session';
import { listCategoriesForAdmin } from '@/lib/categories/manage';
import { getFaqArticle } from '@/lib/faq/manage';
import { faqDecisionAction, saveFaqAction } from '../actions';

export const metadata: Metadata = { title: 'Edit article' };

type Props = { params: Promise<{ id: string }>; searchParams: Promise<{ saved?: string; done?: string }> };

const doneText: Record<string, string> = { publish: 'Published.', unpublish: 'Unpublished: the article is a draft again.' };

export default async function EditFaqPage({ params, searchParams }: Props) {
  const [{ id }, { saved, done }] = await Promise.all([params, searchParams]);
  const actor = await getActor();
  const [article, categories] = await forPage(() => Promise.all([getFaqArticle(actor, { id }), listCategoriesForAdmin(actor)]), `/admin/faq/${id}`);
  const options = categories.filter((c) => c.active || c.id === article.categoryId);
  const notice = saved ? 'Saved.' : done ? doneText[done] : undefined;

  return (
    <div className="space-y-6">
      <Link href="/admin/faq" className="text-sm font-medium text-brand-700 hover:underline">
        ← All articles
      </Link>
      <PageHeader title="Edit article" description={<span className="font-mono text-sm break-all">/help/{article.slug}</span>} />
      {notice ? <Notice>{notice}</Notice> : null}
      <div className="grid gap-6 lg:grid-cols-2 lg:items-start">
        <Card>
          <FaqForm
            key={article.updatedAt.toISOString()}
            id={article.id}
            action={saveFaqAction}
            categories={options.map((c) => ({ id: c.id, name: c.active ? c.name : `${c.name} (deactivated)` }))}
            defaults={{
              question: article.question,
              answer: article.answer,
              categoryId: article.categoryId ?? '',
              visibility: article.published ? 'published' : 'draft',
            }}
          />
        </Card>
        <div className="space-y-6">
          <FaqPreview question={article.question} answer={article.answer} category={article.categoryName} published={article.published} />
          <div className="flex flex-wrap gap-3">
            <ActionForm action={faqDecisionAction} fields={{ id: article.id, decision: article.published ? 'unpublish' : 'publish', returnTo: 'edit' }}>
              <Button type="submit" variant="secondary">
                {article.published ? 'Unpublish' : 'Publish now'}
              </Button>
            </ActionForm>
            <details className="open:w-full sm:open:w-auto">
              <summary className={cn(buttonClass('secondary'), 'cursor-pointer list-none text-red-700 [&::-webkit-details-marker]:hidden')}>Delete…</summary>
              <ActionForm action={faqDecisionAction} fields={{ id: article.id, decision: 'delete' }} className="mt-3 rounded-xl bg-red-50 p-4 ring-1 ring-red-200">
                <p className="text-sm text-red-900">The article disappears from the help centre and cannot be restored. The audit log keeps a record.</p>
                <Button type="submit" variant="danger" className="mt-3">
                  Delete this article
                </Button>
              </ActionForm>
            </details>
          </div>
        </div>
      </div>
    </div>
  );
}
