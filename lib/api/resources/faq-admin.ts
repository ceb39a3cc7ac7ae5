import { z } from 'zod';
import type { FaqAdminRow, FaqArticleView } from '@/lib/faq/manage';
import { isoDateTime } from '../openapi/common';

export const faqIdParam = z.uuid().meta({ description: 'The article’s id.' });

const rowShape = {
  id: z.uuid(),
  slug: z.string().meta({ description: 'Follows the question until the article is first published; fixed after.' }),
  question: z.string(),
  published: z.boolean(),
  position: z.int().meta({ description: 'Its place within its category.' }),
  categoryId: z.uuid().nullable(),
  categoryName: z.string().nullable(),
  updatedAt: isoDateTime,
};

export const faqAdminRowResource = z.object(rowShape).meta({ id: 'FaqArticleRow' });

export const faqArticleResource = z
  .object({ ...rowShape, answer: z.string(), createdAt: isoDateTime, categoryActive: z.boolean().nullable() })
  .meta({ id: 'FaqArticle' });

export function toFaqAdminRowResource(row: FaqAdminRow): z.output<typeof faqAdminRowResource> {
  return { ...row, updatedAt: row.updatedAt.toISOString() };
}

export function toFaqArticleResource(view: FaqArticleView): z.output<typeof faqArticleResource> {
  return { ...view, updatedAt: view.updatedAt.toISOString(), createdAt: view.createdAt.toISOString() };
}
