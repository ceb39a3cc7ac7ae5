import { z } from 'zod';
import type { ArticleGroup, ArticleSummary, ArticleView } from '@/lib/faq/public';
import { isoDateTime } from '../openapi/common';

const helpCategory = z.object({ slug: z.string().meta({ example: 'account' }), name: z.string().meta({ example: 'Account' }) }).nullable().meta({ description: 'null for an article outside any category.' });

export const articleSummaryResource = z
  .object({ slug: z.string().meta({ example: 'reset-password' }), question: z.string().meta({ example: 'How do I reset my password?' }), excerpt: z.string().meta({ example: 'Choose “Forgot password” on the sign-in page and follow the link we mail you…' }), category: helpCategory })
  .meta({ id: 'ArticleSummary' });

export const publishedArticleResource = z
  .object({
    slug: z.string().meta({ example: 'reset-password' }),
    question: z.string().meta({ example: 'How do I reset my password?' }),
    answer: z.string().meta({ example: 'Choose “Forgot password” on the sign-in page and follow the link we mail you. The link works for one hour.' }),
    category: helpCategory,
    updatedAt: isoDateTime,
    related: z.array(z.object({ slug: z.string().meta({ example: 'change-email' }), question: z.string().meta({ example: 'How do I change my email address?' }) })),
  })
  .meta({ id: 'PublishedArticle' });

/** The grouped list flattened in the groups' order, so list and search answer alike. */
export function toArticleSummaries(groups: ArticleGroup[]): ArticleSummary[] {
  return groups.flatMap((group) => group.articles);
}

export function toPublishedArticleResource(view: ArticleView): z.output<typeof publishedArticleResource> {
  return { ...view, updatedAt: view.updatedAt.toISOString() };
}
