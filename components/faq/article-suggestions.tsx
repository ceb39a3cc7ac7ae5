'use client';

import { useEffect, useId, useState } from 'react';

export type SuggestedArticle = { slug: string; question: string; excerpt: string };

type Props = {
  /** The text being typed, such as a ticket's subject. */
  text: string;
  minLength?: number;
  delayMs?: number;
};

function sameArticles(a: SuggestedArticle[], b: SuggestedArticle[]): boolean {
  return a.length === b.length && a.every((article, index) => article.slug === b[index]?.slug);
}

/**
 * Up to three help articles that may answer what is being typed, looked up once typing pauses.
 * The links open in a new tab so that a half-written form is not lost. Without JavaScript the
 * form simply has no suggestions.
 */
export function ArticleSuggestions({ text, minLength = 3, delayMs = 250 }: Props) {
  const query = text.trim();
  const active = query.length >= minLength;
  const [articles, setArticles] = useState<SuggestedArticle[]>([]);
  const titleId = useId();

  useEffect(() => {
    if (!active) return;
    const controller = new AbortController();
    const timer = setTimeout(async () => {
      try {
        const response = await fetch(`/api/v1/faq/suggestions?q=${encodeURIComponent(query)}`, {
          signal: controller.signal,
          headers: { accept: 'application/json' },
        });
        // Suggestions are a convenience: a refusal or an error leaves the form as it is.
        if (!response.ok) return;
        const body = (await response.json()) as { articles?: SuggestedArticle[] };
        const next = body.articles ?? [];
        // Keeping the same list avoids announcing it again to screen readers.
        setArticles((previous) => (sameArticles(previous, next) ? previous : next));
      } catch {
        // Aborted by newer typing, or offline.
      }
    }, delayMs);
    return () => {
      clearTimeout(timer);
      controller.abort();
    };
  }, [query, active, delayMs]);

  const visible = active ? articles : [];

  return (
    <div aria-live="polite" data-testid="article-suggestions">
      {visible.length ? (
        <div className="mt-3 rounded-xl bg-brand-50 p-4 ring-1 ring-brand-100">
          <p id={titleId} className="text-sm font-semibold text-slate-900">
            These articles may answer your question
          </p>
          <ul aria-labelledby={titleId} className="mt-2 space-y-3">
            {visible.map((article) => (
              <li key={article.slug}>
                <a
                  href={`/help/${encodeURIComponent(article.slug)}`}
                  target="_blank"
                  rel="noopener"
                  className="font-medium text-brand-700 underline underline-offset-2 hover:text-brand-800"
                >
                  {article.question}
                  <span className="sr-only"> (opens in a new tab)</span>
                </a>
                <p className="mt-0.5 text-sm text-slate-600">{article.excerpt}</p>
              </li>
            ))}
          </ul>
        </div>
      ) : null}
    </div>
  );
}
