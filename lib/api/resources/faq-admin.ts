import { z } from 'zod';
import type { FaqAdminRow, FaqArticleView } from '@/lib/faq/manage';
import { isoDateTime } from '../openapi/common';

export const faqIdParam = z.uuid().meta({ description: 'The article’s id.', example: '9a7b6c5d-4e3f-4a1b-8c9d-0e1f2a3b4c5d' });

const rowShape = {
  id: z.uuid().meta({ example: '9a7b6c5d-4e3f-4a1b-8c9d-0e1f2a3b4c5d' }),
  slug: z.string().meta({ description: 'Follows the question until the article is first published; fixed after.', example: 'damaged-delivery' }),
  question: z.string().meta({ example: 'My parcel arrived damaged. What now?' }),
  published: z.boolean(),
  position: z.int().meta({ description: 'Its place within its category.', example: 4 }),
  categoryId: z.uuid().nullable().meta({ example: '5b8c2d1e-6f4a-4b3c-9d2e-1f0a9b8c7d6e' }),
  categoryName: z.string().nullable().meta({ example: 'Order & delivery' }),
  updatedAt: isoDateTime,
};

export const faqAdminRowResource = z.object(rowShape).meta({ id: 'FaqArticleRow' });

export const faqArticleResource = z
  .object({ ...rowShape, answer: z.string().meta({ example: 'Take a photo of the box and the item, then reply to your order mail: we send a replacement.' }), createdAt: isoDateTime, categoryActive: z.boolean().nullable().meta({ example: true }) })
  .meta({ id: 'FaqArticle' });

export function toFaqAdminRowResource(row: FaqAdminRow): z.output<typeof faqAdminRowResource> {
  return { ...row, updatedAt: row.updatedAt.toISOString() };
}

export function toFaqArticleResource(view: FaqArticleView): z.output<typeof faqArticleResource> {
  return { ...view, updatedAt: view.updatedAt.toISOString(), createdAt: view.createdAt.toISOString() };
}
