import type { Metadata } from 'next';
import Link from 'next/link';
import { cache } from 'react';
import { ArticleGroups, ArticleResults } from '@/components/faq/article-list';
import { CategoryFilter } from '@/components/faq/category-filter';
import { HelpSearchForm } from '@/components/faq/help-search-form';
import { StillNeedHelp } from '@/components/faq/still-need-help';
import { PageHeader } from '@/components/ui/page-header';
import { isAppError } from '@/lib/errors';
import { type ArticleSummary, listHelpCategories, listPublishedArticles, searchArticles } from '@/lib/faq/public';
import { FAQ_LIMITS } from '@/lib/faq/public-schemas';

type SearchParams = Promise<Record<string, string | string[] | undefined>>;

const loadCategories = cache(listHelpCategories);

function readParams(params: Awaited<SearchParams>) {
  const first = (value: string | string[] | undefined) => (Array.isArray(value) ? value[0] : value) ?? '';
  return { q: first(params.q).trim(), category: first(params.category).trim() };
}

function quoted(q: string, max = 60): string {
  return `“${q.length > max ? `${q.slice(0, max)}…` : q}”`;
}

export async function generateMetadata({ searchParams }: { searchParams: SearchParams }): Promise<Metadata> {
  const { q, category } = readParams(await searchParams);
  const description = 'Answers to common questions about orders, accounts, billing and more.';
  if (q) return { title: `Search ${quoted(q)} · Help centre`, description, robots: { index: false } };
  const active = (await loadCategories()).find((c) => c.slug === category);
  return { title: active ? `${active.name} · Help centre` : 'Help centre', description };
}

export default async function HelpPage({ searchParams }: { searchParams: SearchParams }) {
  const { q, category } = readParams(await searchParams);
  const categories = await loadCategories();
  // An unknown topic in the URL shows every topic rather than an empty page.
  const active = categories.find((c) => c.slug === category) ?? null;

  let results: ArticleSummary[] | null = null;
  let searchError: string | undefined;
  if (q) {
    try {
      results = await searchArticles({ q, category: active?.slug });
    } catch (error) {
      if (!isAppError(error) || error.code !== 'validation') throw error;
      searchError = error.fields?.q?.[0] ?? error.message;
    }
  }
  const groups = results === null && !searchError ? await listPublishedArticles({ category: active?.slug }) : [];

  return (
    <div className="space-y-8">
      <PageHeader
        title="Help centre"
        description="Answers to the questions we are asked most. Search, or browse by topic."
      />
      <div className="space-y-5 rounded-2xl bg-white p-6 shadow-sm ring-1 ring-slate-200 sm:p-8">
        <HelpSearchForm q={q} category={active?.slug} error={searchError} maxLength={FAQ_LIMITS.query} />
        {categories.length ? <CategoryFilter categories={categories} active={active?.slug ?? null} q={searchError ? '' : q} /> : null}
      </div>

      {results !== null ? (
        <section aria-labelledby="results-title" className="space-y-4">
          <div className="flex flex-wrap items-baseline justify-between gap-2">
            <h2 id="results-title" className="text-xl font-semibold text-slate-900">
              {results.length
                ? `${results.length} ${results.length === 1 ? 'article' : 'articles'} for ${quoted(q)}`
                : `No articles match ${quoted(q)}`}
              {active ? ` in ${active.name}` : ''}
            </h2>
            <Link href={active ? `/help?category=${encodeURIComponent(active.slug)}` : '/help'} className="text-sm font-medium text-brand-700 hover:underline">
              Clear search
            </Link>
          </div>
          {results.length ? (
            <ArticleResults articles={results} />
          ) : (
            <StillNeedHelp
              title="We could not find an answer"
              body={`Try other words${active ? ' or all topics' : ''}, or send us your question and the support team will answer it.`}
            />
          )}
        </section>
      ) : null}

      {groups.length ? <ArticleGroups groups={groups} /> : null}
      {results === null && !searchError && !groups.length ? (
        <p className="text-slate-600">There are no articles here yet.</p>
      ) : null}

      {results === null || results.length ? <StillNeedHelp /> : null}
    </div>
  );
}
