import { z } from 'zod';
import type { CategoryAdminRow } from '@/lib/categories/manage';

export const categoryIdParam = z.uuid().meta({ description: 'The category’s id.', example: '5b8c2d1e-6f4a-4b3c-9d2e-1f0a9b8c7d6e' });

export const categoryResource = z
  .object({
    id: z.uuid().meta({ example: '5b8c2d1e-6f4a-4b3c-9d2e-1f0a9b8c7d6e' }),
    name: z.string().meta({ example: 'Order & delivery' }),
    slug: z.string().meta({ example: 'order-delivery' }),
    position: z.int().meta({ example: 1 }),
    active: z.boolean().meta({ description: 'Inactive categories are offered by no form; their tickets keep them.' }),
  })
  .meta({ id: 'Category' });

export function toCategoryResource(row: CategoryAdminRow): z.output<typeof categoryResource> {
  return { id: row.id, name: row.name, slug: row.slug, position: row.position, active: row.active };
}
