import type { Metadata } from 'next';
import Link from 'next/link';
import { cache } from 'react';
import { StillNeedHelp } from '@/components/faq/still-need-help';
import { Card } from '@/components/ui/card';
import { forPage } from '@/lib/auth/page-guard';
import { isAppError } from '@/lib/errors';
import { excerptOf } from '@/lib/faq/excerpt';
import { getPublishedArticle } from '@/lib/faq/public';

type Params = { params: Promise<{ slug: string }> };

const loadArticle = cache((slug: string) => getPublishedArticle({ slug }));

export async function generateMetadata({ params }: Params): Promise<Metadata> {
  const { slug } = await params;
  try {
    const article = await loadArticle(slug);
    return { title: `${article.question} · Help centre`, description: excerptOf(article.answer, 155) };
  } catch (error) {
    if (isAppError(error) && error.code === 'not_found') return { title: 'Article not found' };
    throw error;
  }
}

export default async function HelpArticlePage({ params }: Params) {
  const { slug } = await params;
  const article = await forPage(() => loadArticle(slug), `/help/${slug}`);
  // Paragraphs on blank lines, single line breaks kept: the answer is text, never HTML.
  const paragraphs = article.answer.split(/\n\s*\n/).filter((p) => p.trim());
  const updated = article.updatedAt.toLocaleDateString('en-GB', { dateStyle: 'long', timeZone: 'UTC' });

  return (
    <div className="mx-auto max-w-3xl space-y-8">
      <nav aria-label="Breadcrumb">
        <ol className="flex flex-wrap items-center gap-2 text-sm text-slate-600">
          <li>
            <Link href="/help" className="font-medium text-brand-700 hover:underline">
              Help centre
            </Link>
          </li>
          {article.category ? (
            <li className="flex items-center gap-2">
              <span aria-hidden="true">›</span>
              <Link href={`/help?category=${encodeURIComponent(article.category.slug)}`} className="font-medium text-brand-700 hover:underline">
                {article.category.name}
              </Link>
            </li>
          ) : null}
        </ol>
      </nav>

      <article>
        <h1 className="text-2xl font-bold tracking-tight break-words text-slate-900 sm:text-3xl">{article.question}</h1>
        <p className="mt-2 text-sm text-slate-600">
          {article.category ? `${article.category.name} · ` : ''}Updated {updated}
        </p>
        <Card className="mt-6 space-y-4 text-slate-800" data-testid="article-answer">
          {paragraphs.map((paragraph, index) => (
            <p key={index} className="whitespace-pre-line break-words leading-relaxed">
              {paragraph.trim()}
            </p>
          ))}
        </Card>
      </article>

      {article.related.length && article.category ? (
        <section aria-labelledby="related-title">
          <h2 id="related-title" className="text-lg font-semibold text-slate-900">
            More about {article.category.name}
          </h2>
          <ul className="mt-3 space-y-2">
            {article.related.map((related) => (
              <li key={related.slug}>
                <Link href={`/help/${encodeURIComponent(related.slug)}`} className="font-medium text-brand-700 underline-offset-2 hover:underline">
                  {related.question}
                </Link>
              </li>
            ))}
          </ul>
        </section>
      ) : null}

      <StillNeedHelp />
    </div>
  );
}
