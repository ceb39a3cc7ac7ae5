import { getDb } from '@/db/client';
import { categories, faqArticles } from '@/db/schema';

export type FaqSeed = { slug: string; category: string | null; question: string; answer: string; published?: boolean; position: number };

/** Inserts FAQ articles straight into the database, under the default categories' slugs. */
export async function insertFaqArticles(seeds: readonly FaqSeed[]): Promise<void> {
  const db = await getDb();
  const rows = await db.select({ id: categories.id, slug: categories.slug }).from(categories);
  const idOf = new Map(rows.map((row) => [row.slug, row.id]));
  await db.insert(faqArticles).values(
    seeds.map((seed) => ({
      slug: seed.slug,
      question: seed.question,
      answer: seed.answer,
      position: seed.position,
      published: seed.published ?? true,
      categoryId: seed.category ? (idOf.get(seed.category) ?? null) : null,
    })),
  );
}
