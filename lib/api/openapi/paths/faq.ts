import { z } from 'zod';
import type { ZodOpenApiPathsObject } from 'zod-openapi';
import { articleSearchSchema, FAQ_LIMITS } from '@/lib/faq/public-schemas';
import { articleSummaryResource, publishedArticleResource } from '../../resources/faq';
import { anyone, errorResponses, jsonResponse, withExamples } from '../common';

const suggestion = z.object({ slug: z.string().meta({ example: 'damaged-delivery' }), question: z.string().meta({ example: 'My parcel arrived damaged. What now?' }), excerpt: z.string().meta({ example: 'Take a photo of the box and the item…' }) });

export const faqPaths: ZodOpenApiPathsObject = {
  '/api/v1/faq': {
    get: {
      operationId: 'listFaq',
      tags: ['Help centre'],
      summary: 'Published help articles',
      description: `Without \`q\`: every published article, grouped by category in the admins' order (uncategorised last) — the whole list, not paged. With \`q\`: full-text search (quotes, \`or\`, \`-word\`), the 20 best matches. \`category\` is a category slug. Anyone may call it, signed in or not.`,
      // Public: credentials are not read.
      security: [],
      requestParams: { query: withExamples(articleSearchSchema.partial(), { q: 'password', category: 'account' }) },
      responses: { '200': jsonResponse('The articles.', z.object({ data: z.array(articleSummaryResource) }).meta({ id: 'ArticleList' })), ...errorResponses(422) },
    },
  },
  '/api/v1/faq/suggestions': {
    get: {
      operationId: 'suggestFaq',
      tags: ['Help centre'],
      summary: 'Articles that may answer a question',
      description: `Up to ${FAQ_LIMITS.suggestions} published articles sharing words with \`q\` (what someone is typing, a ticket's subject); fewer than ${FAQ_LIMITS.suggestMinLength} characters give none. Public and rate-limited per address.`,
      security: anyone,
      requestParams: { query: z.object({ q: z.string().max(FAQ_LIMITS.query).optional().meta({ example: 'damaged' }) }) },
      responses: { '200': jsonResponse('The suggestions.', z.object({ articles: z.array(suggestion) })), ...errorResponses(401, 422, 429) },
    },
  },
  '/api/v1/faq/{slug}': {
    get: {
      operationId: 'getFaqArticle',
      tags: ['Help centre'],
      summary: 'Read a help article',
      description: 'One published article with related ones. Drafts and unknown slugs are 404. Anyone may call it.',
      // Public: credentials are not read.
      security: [],
      requestParams: { path: z.object({ slug: z.string().meta({ example: 'reset-password' }) }) },
      responses: { '200': jsonResponse('The article.', z.object({ article: publishedArticleResource })), ...errorResponses(404) },
    },
  },
};
