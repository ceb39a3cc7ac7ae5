import Link from 'next/link';
import { Badge } from '@/components/ui/badge';
import type { ArticleGroup, ArticleSummary } from '@/lib/faq/public';

const articleLink = 'font-semibold text-brand-700 underline-offset-2 hover:text-brand-800 hover:underline';

/** Published articles under their category headings. */
export function ArticleGroups({ groups }: { groups: ArticleGroup[] }) {
  return (
    <div className="grid gap-6 md:grid-cols-2">
      {groups.map((group) => {
        const titleId = `topic-${group.category?.slug ?? 'other'}`;
        return (
          <section key={titleId} aria-labelledby={titleId} className="rounded-2xl bg-white p-6 shadow-sm ring-1 ring-slate-200">
            <h2 id={titleId} className="text-lg font-semibold text-slate-900">
              {group.category?.name ?? 'Other questions'}
            </h2>
            <ul className="mt-4 space-y-4">
              {group.articles.map((article) => (
                <li key={article.slug}>
                  <Link href={`/help/${encodeURIComponent(article.slug)}`} className={articleLink}>
                    {article.question}
                  </Link>
                  <p className="mt-1 line-clamp-2 text-sm text-slate-600">{article.excerpt}</p>
                </li>
              ))}
            </ul>
          </section>
        );
      })}
    </div>
  );
}

/** Search results, best match first. */
export function ArticleResults({ articles }: { articles: ArticleSummary[] }) {
  return (
    <ol className="space-y-4" data-testid="search-results">
      {articles.map((article) => (
        <li key={article.slug} className="rounded-2xl bg-white p-5 shadow-sm ring-1 ring-slate-200">
          <div className="flex flex-wrap items-start justify-between gap-2">
            <Link href={`/help/${encodeURIComponent(article.slug)}`} className={articleLink}>
              {article.question}
            </Link>
            {article.category ? <Badge>{article.category.name}</Badge> : null}
          </div>
          <p className="mt-1.5 text-sm text-slate-600">{article.excerpt}</p>
        </li>
      ))}
    </ol>
  );
}
