import { sql, type SQL } from 'drizzle-orm';
import { boolean, index, integer, pgTable, text, timestamp, uuid, varchar } from 'drizzle-orm/pg-core';
import { categories } from './categories';
import { tsvector } from './tsvector';

export const faqArticles = pgTable(
  'faq_articles',
  {
    id: uuid().primaryKey().defaultRandom(),
    slug: varchar({ length: 120 }).notNull().unique(),
    question: varchar({ length: 200 }).notNull(),
    answer: text().notNull(),
    categoryId: uuid().references(() => categories.id, { onDelete: 'set null' }),
    published: boolean().notNull().default(false),
    position: integer().notNull().default(0),
    createdAt: timestamp({ withTimezone: true }).notNull().defaultNow(),
    updatedAt: timestamp({ withTimezone: true }).notNull().defaultNow(),
    searchVector: tsvector().generatedAlwaysAs(
      (): SQL =>
        sql`setweight(to_tsvector('english', coalesce(${faqArticles.question}, '')), 'A') || setweight(to_tsvector('english', coalesce(${faqArticles.answer}, '')), 'B')`,
    ),
  },
  (t) => [
    index('faq_articles_published_idx').on(t.published, t.categoryId, t.position),
    index('faq_articles_search_idx').using('gin', t.searchVector),
  ],
);
