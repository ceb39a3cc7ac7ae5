import { z } from 'zod';
import type { CategoryAdminRow } from '@/lib/categories/manage';

export const categoryIdParam = z.uuid().meta({ description: 'The category’s id.' });

export const categoryResource = z
  .object({
    id: z.uuid(),
    name: z.string(),
    slug: z.string().meta({ example: 'order-delivery' }),
    position: z.int(),
    active: z.boolean().meta({ description: 'Inactive categories are offered by no form; their tickets keep them.' }),
  })
  .meta({ id: 'Category' });

export function toCategoryResource(row: CategoryAdminRow): z.output<typeof categoryResource> {
  return { id: row.id, name: row.name, slug: row.slug, position: row.position, active: row.active };
}
