import type { Metadata } from 'next';
import Link from 'next/link';
import { notFound } from 'next/navigation';
import { CategoryForm } from '@/components/admin/category-form';
import { Card } from '@/components/ui/card';
import { PageHeader } from '@/components/ui/page-header';
import { forPage } from '@/lib/auth/page-guard';
import { getActor } from '@/lib/auth/session';
import { listCategoriesForAdmin } from '@/lib/categories/manage';
import { saveCategoryAction } from '../actions';

export const metadata: Metadata = { title: 'Rename category' };

export default async function EditCategoryPage({ params }: { params: Promise<{ id: string }> }) {
  const { id } = await params;
  const actor = await getActor();
  const rows = await forPage(() => listCategoriesForAdmin(actor), `/admin/categories/${id}`);
  const category = rows.find((row) => row.id === id);
  if (!category) notFound();

  return (
    <div className="mx-auto max-w-3xl">
      <Link href="/admin/categories" className="text-sm font-medium text-brand-700 hover:underline">
        ← All categories
      </Link>
      <div className="mt-4">
        <PageHeader title={`Rename “${category.name}”`} description="Tickets and articles in this category follow the new name." />
      </div>
      <Card>
        <CategoryForm id={category.id} action={saveCategoryAction} defaults={{ name: category.name, slug: category.slug }} />
      </Card>
    </div>
  );
}
