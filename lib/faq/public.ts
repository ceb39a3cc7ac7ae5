import 'server-only';
import { and, asc, desc, eq, ne, type SQL, sql } from 'drizzle-orm';
import { getDb } from '@/db/client';
import { categories, faqArticles } from '@/db/schema';
import { notFound, parseInput } from '@/lib/errors';
import { consumeLimit } from '@/lib/rate-limit/limiter';
import { faqSuggestionsPerIp } from '@/lib/rate-limit/rules';
import { excerptOf } from './excerpt';
import {
  articleListSchema,
  articleSearchSchema,
  articleSlugSchema,
  articleSuggestionSchema,
  FAQ_LIMITS,
  featuredArticlesSchema,
} from './public-schemas';
import { allWordsPrefixQuery, anyWordPrefixQuery, webSearchText } from './search-terms';

/*
 * The help centre as anyone sees it: published articles only, whoever asks, so these functions
 * take no actor. Drafts are filtered in every query, never afterwards.
 */

export type HelpCategory = { slug: string; name: string };
export type ArticleSummary = { slug: string; question: string; excerpt: string; category: HelpCategory | null };
export type ArticleGroup = { category: HelpCategory | null; articles: ArticleSummary[] };
export type ArticleSuggestion = { slug: string; question: string; excerpt: string };
export type ArticleView = {
  slug: string;
  question: string;
  answer: string;
  category: HelpCategory | null;
  updatedAt: Date;
  related: Array<{ slug: string; question: string }>;
};

const SEARCH_RESULTS = 20;
const RELATED_ARTICLES = 5;

// Enough of the answer for an excerpt, without reading long answers in full for a list.
const answerStart = sql<string>`left(${faqArticles.answer}, 400)`;

const summaryColumns = {
  slug: faqArticles.slug,
  question: faqArticles.question,
  answerStart,
  categorySlug: categories.slug,
  categoryName: categories.name,
};

type SummaryRow = { slug: string; question: string; answerStart: string; categorySlug: string | null; categoryName: string | null };

function toSummary(row: SummaryRow): ArticleSummary {
  return {
    slug: row.slug,
    question: row.question,
    excerpt: excerptOf(row.answerStart),
    category: row.categorySlug && row.categoryName ? { slug: row.categorySlug, name: row.categoryName } : null,
  };
}

function inCategory(slug: string | undefined): SQL | undefined {
  return slug ? eq(categories.slug, slug) : undefined;
}

/** Published articles grouped by category, in the admins' order; uncategorised ones come last. */
export async function listPublishedArticles(input: { category?: string } = {}): Promise<ArticleGroup[]> {
  const { category } = parseInput(articleListSchema, input);
  const db = await getDb();
  const rows = await db
    .select(summaryColumns)
    .from(faqArticles)
    .leftJoin(categories, eq(categories.id, faqArticles.categoryId))
    .where(and(eq(faqArticles.published, true), inCategory(category)))
    .orderBy(sql`${categories.position} asc nulls last`, asc(categories.name), asc(faqArticles.position), asc(faqArticles.question));

  const groups: ArticleGroup[] = [];
  for (const row of rows) {
    const article = toSummary(row);
    const last = groups.at(-1);
    if (last && last.category?.slug === article.category?.slug) last.articles.push(article);
    else groups.push({ category: article.category, articles: [article] });
  }
  return groups;
}

/**
 * The articles for the home page's "popular" list: each topic's first article in the admins'
 * order, topic by topic, then each topic's second, and so on — a spread over the topics rather
 * than the whole of the first one.
 */
export async function listFeaturedArticles(input: { limit?: number } = {}): Promise<ArticleSummary[]> {
  const { limit } = parseInput(featuredArticlesSchema, input);
  const db = await getDb();
  const rankInTopic = sql`row_number() over (partition by ${faqArticles.categoryId} order by ${faqArticles.position}, ${faqArticles.question})`;
  const rows = await db
    .select(summaryColumns)
    .from(faqArticles)
    .leftJoin(categories, eq(categories.id, faqArticles.categoryId))
    .where(eq(faqArticles.published, true))
    .orderBy(rankInTopic, sql`${categories.position} asc nulls last`, asc(categories.name))
    .limit(limit);
  return rows.map(toSummary);
}

/** Categories that hold at least one published article, for the help centre's filter. */
export async function listHelpCategories(): Promise<Array<HelpCategory & { articleCount: number }>> {
  const db = await getDb();
  return db
    .select({ slug: categories.slug, name: categories.name, articleCount: sql<number>`count(*)::int` })
    .from(faqArticles)
    .innerJoin(categories, eq(categories.id, faqArticles.categoryId))
    .where(eq(faqArticles.published, true))
    .groupBy(categories.id, categories.slug, categories.name, categories.position)
    .orderBy(asc(categories.position), asc(categories.name));
}

async function rankedArticles(tsquery: SQL, options: { category?: string; limit: number }) {
  const db = await getDb();
  const rank = sql<number>`ts_rank(${faqArticles.searchVector}, ${tsquery})`;
  return db
    .select(summaryColumns)
    .from(faqArticles)
    .leftJoin(categories, eq(categories.id, faqArticles.categoryId))
    .where(and(eq(faqArticles.published, true), sql`${faqArticles.searchVector} @@ ${tsquery}`, inCategory(options.category)))
    .orderBy(desc(rank), sql`${categories.position} asc nulls last`, asc(faqArticles.position), asc(faqArticles.slug))
    .limit(options.limit);
}

/**
 * Full-text search of published articles, best match first. The query is read the way search
 * engines read one (quotes, `or`, `-word`); a last word still being typed matches as a prefix.
 */
export async function searchArticles(input: { q: string; category?: string }): Promise<ArticleSummary[]> {
  const { q, category } = parseInput(articleSearchSchema, input);
  if (!q) return [];
  const prefix = allWordsPrefixQuery(q);
  const web = sql`websearch_to_tsquery('english', ${webSearchText(q)})`;
  const tsquery = prefix ? sql`(${web} || to_tsquery('english', ${prefix}))` : web;
  const rows = await rankedArticles(tsquery, { category, limit: SEARCH_RESULTS });
  return rows.map(toSummary);
}

/**
 * Up to three published articles that may answer what someone is typing (a ticket's subject).
 * Any word may match, so a whole sentence still finds the article that shares its key words.
 */
export async function suggestArticles(
  input: { text: string; limit?: number },
  context: { ip?: string } = {},
): Promise<ArticleSuggestion[]> {
  const { text, limit } = parseInput(articleSuggestionSchema, input);
  if (text.length < FAQ_LIMITS.suggestMinLength) return [];
  if (context.ip) await consumeLimit(faqSuggestionsPerIp(), context.ip);
  const words = anyWordPrefixQuery(text);
  if (!words) return [];
  const rows = await rankedArticles(sql`to_tsquery('english', ${words})`, { limit });
  return rows.map((row) => ({ slug: row.slug, question: row.question, excerpt: excerptOf(row.answerStart, 120) }));
}

/** One published article with its category and others from the same category; drafts are not found. */
export async function getPublishedArticle(input: { slug: string }): Promise<ArticleView> {
  const parsed = articleSlugSchema.safeParse(input.slug);
  if (!parsed.success) throw notFound('No such article.');
  const db = await getDb();
  const [row] = await db
    .select({
      id: faqArticles.id,
      slug: faqArticles.slug,
      question: faqArticles.question,
      answer: faqArticles.answer,
      categoryId: faqArticles.categoryId,
      categorySlug: categories.slug,
      categoryName: categories.name,
      updatedAt: faqArticles.updatedAt,
    })
    .from(faqArticles)
    .leftJoin(categories, eq(categories.id, faqArticles.categoryId))
    .where(and(eq(faqArticles.slug, parsed.data), eq(faqArticles.published, true)))
    .limit(1);
  if (!row) throw notFound('No such article.');

  const related = row.categoryId
    ? await db
        .select({ slug: faqArticles.slug, question: faqArticles.question })
        .from(faqArticles)
        .where(and(eq(faqArticles.categoryId, row.categoryId), eq(faqArticles.published, true), ne(faqArticles.id, row.id)))
        .orderBy(asc(faqArticles.position), asc(faqArticles.question))
        .limit(RELATED_ARTICLES)
    : [];

  return {
    slug: row.slug,
    question: row.question,
    answer: row.answer,
    category: row.categorySlug && row.categoryName ? { slug: row.categorySlug, name: row.categoryName } : null,
    updatedAt: row.updatedAt,
    related,
  };
}
