import type { Metadata } from 'next';
import Link from 'next/link';
import { FaqForm } from '@/components/admin/faq-form';
import { Card } from '@/components/ui/card';
import { PageHeader } from '@/components/ui/page-header';
import { forPage } from '@/lib/auth/page-guard';
import { getActor } from '@/lib/auth/session';
import { listCategoriesForAdmin } from '@/lib/categories/manage';
import { saveFaqAction } from '../actions';

export const metadata: Metadata = { title: 'New article' };

export default async function NewFaqPage() {
  const actor = await getActor();
  const categories = await forPage(() => listCategoriesForAdmin(actor), '/admin/faq/new');
  return (
    <div className="mx-auto max-w-3xl">
      <Link href="/admin/faq" className="text-sm font-medium text-brand-700 hover:underline">
        ← All articles
      </Link>
      <div className="mt-4">
        <PageHeader title="New article" description="Save it as a draft to check the preview before you publish it." />
      </div>
      <Card>
        <FaqForm action={saveFaqAction} categories={categories.filter((c) => c.active)} defaults={{ visibility: 'draft' }} />
      </Card>
    </div>
  );
}
