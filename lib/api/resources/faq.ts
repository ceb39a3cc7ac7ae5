import { z } from 'zod';
import type { ArticleGroup, ArticleSummary, ArticleView } from '@/lib/faq/public';
import { isoDateTime } from '../openapi/common';

const helpCategory = z.object({ slug: z.string(), name: z.string() }).nullable().meta({ description: 'null for an article outside any category.' });

export const articleSummaryResource = z
  .object({ slug: z.string().meta({ example: 'reset-password' }), question: z.string(), excerpt: z.string(), category: helpCategory })
  .meta({ id: 'ArticleSummary' });

export const publishedArticleResource = z
  .object({
    slug: z.string(),
    question: z.string(),
    answer: z.string(),
    category: helpCategory,
    updatedAt: isoDateTime,
    related: z.array(z.object({ slug: z.string(), question: z.string() })),
  })
  .meta({ id: 'PublishedArticle' });

/** The grouped list flattened in the groups' order, so list and search answer alike. */
export function toArticleSummaries(groups: ArticleGroup[]): ArticleSummary[] {
  return groups.flatMap((group) => group.articles);
}

export function toPublishedArticleResource(view: ArticleView): z.output<typeof publishedArticleResource> {
  return { ...view, updatedAt: view.updatedAt.toISOString() };
}
