import 'server-only';
import { asc, eq } from 'drizzle-orm';
import { getDb } from '@/db/client';
import { categories } from '@/db/schema';

export type CategoryOption = { slug: string; name: string };

/** Categories a form may offer: active ones, in the admins' order. */
export async function listActiveCategories(): Promise<CategoryOption[]> {
  const db = await getDb();
  return db
    .select({ slug: categories.slug, name: categories.name })
    .from(categories)
    .where(eq(categories.active, true))
    .orderBy(asc(categories.position), asc(categories.name));
}
