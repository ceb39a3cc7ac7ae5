import { z } from 'zod';

export const FAQ_LIMITS = { query: 200, slug: 120, suggestions: 3, suggestMinLength: 3 } as const;

const queryText = z
  .string()
  .trim()
  .max(FAQ_LIMITS.query, { error: `Keep your search to ${FAQ_LIMITS.query} characters or fewer.` })
  // PostgreSQL refuses a NUL byte in text, and no other control character means anything here.
  .transform((value) => value.replace(/\p{Cc}+/gu, ' ').trim());

// A category is named by its slug in the URL; anything else simply matches no category.
const categorySlug = z
  .string()
  .trim()
  .max(80)
  .optional()
  .transform((value) => (value ? value : undefined));

/** The help centre's search box (`/help?q=…&category=…`). */
export const articleSearchSchema = z.object({ q: queryText, category: categorySlug });
export type ArticleSearchInput = z.input<typeof articleSearchSchema>;

export const articleListSchema = z.object({ category: categorySlug });

/** How many articles the home page's popular list shows. */
export const featuredArticlesSchema = z.object({ limit: z.number().int().min(1).max(12).default(6) });

/** Suggestions for the text someone is typing, such as a ticket's subject. */
export const articleSuggestionSchema = z.object({
  text: queryText,
  limit: z.number().int().min(1).max(FAQ_LIMITS.suggestions).default(FAQ_LIMITS.suggestions),
});
export type ArticleSuggestionInput = z.input<typeof articleSuggestionSchema>;

export const articleSlugSchema = z.string().trim().min(1).max(FAQ_LIMITS.slug);
